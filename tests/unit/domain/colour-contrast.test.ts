import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../renderer/domain/colour-contrast';
import { settingsProblems } from '../../../renderer/db/repositories/settings';
import { buildPublishedPages } from '../../../renderer/documents/publishing/site';
import { sampleMeetingData, textOf } from '../documents/publishing/published-meeting';

describe('the council’s website colours', () => {
  it('are measured by WCAG’s contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#ffffff', '#1d3557')).toBeCloseTo(contrastRatio('#1d3557', '#ffffff'), 10);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('are refused in Settings when not a colour, or when text on them would be hard to read', () => {
    const ok = { masthead: '#00573f', mastheadText: '#ffffff', accent: '#00573f' };
    expect(settingsProblems({ websiteColours: ok })).toEqual({});
    expect(settingsProblems({ websiteColours: { ...ok, accent: 'green' } }).websiteColours).toMatch(
      /“green” is not a colour/,
    );
    expect(settingsProblems({ websiteColours: { ...ok, accent: '#1d3557;}' } }).websiteColours).toMatch(
      /is not a colour/,
    );
    expect(settingsProblems({ websiteColours: { ...ok, mastheadText: '#2a6e5a' } }).websiteColours).toMatch(
      /masthead’s text does not stand out from the masthead \(contrast \d\.\d:1; it needs 4\.5:1\)/,
    );
    expect(settingsProblems({ websiteColours: { ...ok, accent: '#9fd3c7' } }).websiteColours).toMatch(
      /too pale to read on white/,
    );
  });

  it('dress every published page through the one stylesheet', () => {
    const data = sampleMeetingData();
    const websiteColours = { masthead: '#00573f', mastheadText: '#ffffff', accent: '#00573f' };
    const built = buildPublishedPages({
      organisation: { ...data.record.organisation, websiteColours },
      meetings: [{ data, edition: 'agenda' }],
    });
    const stylesheet = textOf(
      built.files.find((file) => file.name === 'style.css')?.bytes ?? new Uint8Array(),
    );
    expect(stylesheet).toContain(
      ':root { --masthead: #00573f; --masthead-text: #ffffff; --accent: #00573f; }',
    );
    const index = textOf(built.files.find((file) => file.name === 'index.html')?.bytes ?? new Uint8Array());
    // The page template no longer sets colours of its own over the council's (the web team still can).
    expect(index).not.toContain('<style');
  });
});
