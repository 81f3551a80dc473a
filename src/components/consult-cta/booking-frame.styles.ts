import { css } from 'lit';

/** The dialog and the frame: in the booking frame's chunk, added to the CTA's shadow root when that arrives. */
export const bookingFrameStyles = css`
  iframe {
    display: block;
    inline-size: 100%;
    border: 0;
  }
  dialog {
    inline-size: min(100% - 2 * var(--_space-m), 60em);
    max-block-size: calc(100% - 2 * var(--_space-m));
    padding: var(--_space-m);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  dialog iframe {
    max-block-size: calc(100dvh - 8em);
  }
  .dialog-top {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-s);
  }
  .dialog-title {
    margin: 0;
    font-weight: 600;
  }
`;
