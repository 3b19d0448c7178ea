// electron-builder configuration for Chamber's installers: NSIS (Windows), dmg (macOS), AppImage and deb (Linux).
// `npm run dist` builds for the machine it runs on; tests/packaging builds the unpacked Linux app from it offline.
// Everything the app runs is bundled into dist/ (vite for the renderer, esbuild for main and preload), and dist/
// is the app directory, with its own dependency-free package.json written by scripts/build-electron.mjs: the
// package holds the built files only, with no sources, tests, source maps or node_modules.
const config = {
  appId: 'uk.gov.chamber.desktop',
  productName: 'Chamber',
  copyright: 'Copyright © Chamber contributors',
  directories: { app: 'dist', output: 'release', buildResources: 'build' },
  files: ['package.json', 'renderer/**/*', 'electron/main.cjs', 'electron/preload.cjs', '!**/*.map'],
  asar: true,
  // Nothing to install or rebuild: main, preload and renderer are bundled and Chamber has no native modules.
  // Returning false tells electron-builder that node_modules are handled elsewhere, so it packs none.
  beforeBuild: async () => false,
  // Chamber is British English throughout; keep only the en-GB locale (and en-US, Chromium's own fallback).
  electronLanguages: ['en-GB', 'en-US'],
  fileAssociations: [
    {
      ext: 'chamber',
      name: 'Chamber export',
      description: 'Chamber export',
      mimeType: 'application/x-chamber',
      role: 'Editor',
    },
  ],
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    oneClick: false,
    // Council IT installs for every user of a laptop, often silently (Chamber-Setup.exe /S).
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Chamber',
    installerLanguages: ['en_GB'],
    language: '2057',
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { title: 'Chamber ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Agendas, live minutes and Word papers for committee clerks',
    maintainer: 'Chamber contributors',
    executableName: 'chamber',
  },
  deb: { priority: 'optional' },
};

module.exports = config;
