/**
 * Plain ANSI SGR styling. Each style closes with its own reset code (not the full reset `0`) so
 * nested styles survive. When colour is off every style is the identity, which keeps callers free
 * of `if (color)` branches.
 */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  gray(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const COLORED: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
  gray: sgr(90, 39),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};

const identity = (text: string): string => text;

const PLAIN: Palette = {
  red: identity,
  yellow: identity,
  cyan: identity,
  green: identity,
  gray: identity,
  bold: identity,
  underline: identity,
};

export function palette(color: boolean): Palette {
  return color ? COLORED : PLAIN;
}
