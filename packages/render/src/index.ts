export { renderStandard, type RenderOptions } from './render-standard.js';
