// Text for a terminal with its control characters made visible: imported captions,
// comments and names, and media-kit answers anyone with a link may send, reach the CLI's
// output, and an escape sequence in them would drive the brand's terminal (move the
// cursor, rewrite what is shown, set the window title, or worse in some terminals).
// runCli writes everything through this, so no command can forget it. C0 characters
// but line feed and tab are shown as \x1b; DEL and C1, which JSON.stringify leaves raw,
// as \u009b, a form that is also valid JSON, so --json output stays JSON and keeps every
// character of the data.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const hex = (code: number) => code.toString(16).padStart(2, "0");

export function inertText(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? `\\x${hex(code)}` : `\\u00${hex(code)}`;
  });
}
