/**
 * Strings that break naive reports: markup and script, right-to-left text, emoji, control
 * characters, CSV formula prefixes and very long values. Generated worlds put them in names,
 * subjects and bodies (knob `hostileShare`) so every report format is exercised on them.
 * Plain constants: the same in every run, shared (never copied) by every record that uses them.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert("xss")</script>',
  '<img src=x onerror="alert(1)"><b>bold</b> & <i>amp</i>',
  '"><svg onload=alert(1)>',
  '</td></tr></table><h1>broken layout</h1>',
  'مرحبا، أحتاج مساعدة في طلبي',
  'שלום, ההזמנה שלי לא הגיעה',
  'invoice \u202Egnp.exe\u202C overdue',
  'Help 😀🔥 👩‍👩‍👧‍👦 🇪🇸 ✔︎',
  'Zalgo t̶̡̛e̷͎̓x̴̱̌t̵̨̎',
  'null byte \u0000 bell \u0007 escape \u001b[31mred\u001b[0m',
  'line one\r\nline two\rline three\ttabbed',
  '=HYPERLINK("http://evil.example","click me")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '"quoted, with comma", and ""doubled"" quotes',
  "Robert'); DROP TABLE tickets;--",
  '{{constructor.constructor("alert(1)")()}} ${process.env}',
  '   leading and trailing spaces   ',
  '\u200B\u200Bzero-width\u200B joiners\uFEFF',
  'long subject '.repeat(40).trim(),
  `very long body: ${'lorem ipsum dolor sit amet '.repeat(400)}`,
];
