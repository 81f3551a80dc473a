/**
 * The built-in icons: the path data of one 24×24 stroke drawing each, drawn in `currentColor`.
 * A step's `icon` is one of these names, or else the URL of an image (see timeline.schema.ts).
 */
const clipboard = 'M9 4H5v17h14V4h-4M9 2h6v4H9zM8 11h8M8 16h5';

export const icons: Record<string, string> = {
  clipboard,
  assessment: clipboard,
  // A drip bag on its hook, and its line.
  infusion: 'M12 1v2M6 3h12v9a6 6 0 0 1-12 0zM9 9h6M12 18v4',
  // A pulse line.
  monitoring: 'M2 12h5l3-7 4 14 3-7h5',
  // Turning back round.
  'follow-up': 'M20 12a8 8 0 1 1-2.3-5.7M20 3v4h-4',
  // Two speech bubbles.
  therapy: 'M3 4h12v8H8l-5 4zM18 8h3v11l-4-3h-6v-2',
  home: 'M3 11l9-8 9 8M5 9v12h5v-6h4v6h5V9',
  calendar: 'M4 5h16v16H4zM4 10h16M8 3v4m8-4v4',
  phone: 'M7 2h10v20H7zM11 18h2',
  car: 'M3 17v-5l2-5h14l2 5v5zM3 12h18M6 17v3m12-3v3M7 14h1m8 0h1',
};
