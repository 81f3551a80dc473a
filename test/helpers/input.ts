/** A visitor's real input, sent by the test runner: mouse clicks and key presses, not synthetic events. */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** A real click in the middle of an element (scrolled into view first), as a mouse would. */
export async function click(element: Element, offset = { x: 0, y: 0 }) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)],
  });
}

/**
 * Real key presses into the focused element. WebKit's WebDriver drops repeated keys typed in one go, so there each key
 * is sent alone.
 */
export async function type(value: string) {
  if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) return sendKeys({ type: value });
  for (const key of value) await sendKeys({ press: key });
}
