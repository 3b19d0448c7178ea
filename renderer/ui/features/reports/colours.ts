/** Colours that stay distinguishable for the common colour-vision differences (Okabe-Ito palette). */
export const seriesColours = {
  present: '#009E73',
  apologies: '#E69F00',
  absent: '#D55E00',
  asSubstitute: '#56B4E9',
  open: '#0072B2',
  inProgress: '#56B4E9',
  done: '#009E73',
  dropped: '#999999',
  overdue: '#D55E00',
} as const;
