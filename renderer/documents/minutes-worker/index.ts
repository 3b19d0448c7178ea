export type { MinutesRequest, TemplateFile } from './minutes-bytes';
export { documentBytes, minutesBytes } from './minutes-bytes';
