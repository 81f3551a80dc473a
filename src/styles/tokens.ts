import { css } from 'lit';

/**
 * Design tokens. Public names are `--clinic-*`; the private `--_*` copies hold the defaults so that
 * every rule reads one name. Sizes are in `em` so that a host page's root font size never shrinks us.
 */
export const tokens = css`
  :host {
    --_accent: var(--clinic-accent, #0b6e4f);
    --_on-accent: var(--clinic-on-accent, #fff);
    --_text: var(--clinic-text, #1d2428);
    --_muted: color-mix(in srgb, var(--_text) 78%, var(--_surface));
    --_surface: var(--clinic-surface, #fff);
    --_line: color-mix(in srgb, var(--_text) 18%, var(--_surface));
    --_radius: var(--clinic-radius, 0.75em);
    --_space-s: var(--clinic-space-s, 0.5em);
    --_space-m: var(--clinic-space-m, 1em);
    --_space-l: var(--clinic-space-l, 1.5em);
  }
  /*
   * Text on the accent is black or white, whichever contrasts more with the accent: at least 4.58:1
   * for any colour. The WCAG luminance is computed from linear sRGB; 0.1791 is where both are equal.
   */
  @supports (color: color(from red srgb-linear r g b)) {
    :host {
      --_on-accent: var(
        --clinic-on-accent,
        color(
          from var(--_accent) srgb-linear clamp(0, (0.1791 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 1e6, 1)
            clamp(0, (0.1791 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 1e6, 1)
            clamp(0, (0.1791 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 1e6, 1) / 1
        )
      );
    }
  }
`;
