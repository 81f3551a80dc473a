/**
 * Headless Chromium for the scripts that measure or look at pages (bench, profile, layout shift, placeholders,
 * screenshots): Debian's Chromium (CHROME_PATH to use another), with the flags every one of them needs, plus its own.
 */
import puppeteer from 'puppeteer-core';

const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

/**
 * Frames unthrottled, for timings: at 60 Hz "the second frame" counts vsync intervals (33 or 50 ms) rather than
 * work, and a run that just misses a deadline reads 1.4× where its work is 1.1×.
 */
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...COMMON_ARGS, ...extraArgs],
  });
}
