export type * from './agenda-pack-data';
export { packStages } from './agenda-pack-data';
export { buildAgendaPack } from './build-agenda-pack';
export { blankPageNotice, notForPublicationText } from './paper-sections';
export { allInPublicStatement } from './agenda-listing';
