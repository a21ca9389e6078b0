// C0 controls, DEL and C1 controls: ESC and CSI start the sequences that move the cursor, recolour
// the screen, retitle the window or write to the clipboard.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from the data as a terminal may print it: white space runs as one space, every other control
 * character shown as its symbol (ESC as ␛, U+241B; DEL as ␡; a C1 control as �), so that an answer
 * or a header cannot send the terminal an escape sequence.
 *
 * @example terminalText('\u001b[31mred') // '␛[31mred'
 */
export function terminalText(text: string): string {
  return text.replace(/[\t\n\v\f\r ]+/g, ' ').replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
