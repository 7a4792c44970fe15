/** How resilint names itself in machine-readable reports (JSON `tool`, SARIF `tool.driver`). */
export const TOOL_NAME = 'resilint';

/** Where a SARIF viewer sends people who want to know what the tool is. */
export { HOMEPAGE as TOOL_INFORMATION_URI } from '../version.js';
