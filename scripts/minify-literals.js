/**
 * Rollup plugin: squeezes the white space and comments out of Lit's css`` and html`` literals in our
 * own source before minification. In CSS, only literals without `${}` are touched; in HTML, runs of
 * white space become one space, which renders the same (none of our templates holds a <pre>).
 */
export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code
        .replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``)
        // Template text between a backtick or `}` and the next `${` or backtick: never code.
        .replace(/\bhtml`[^`]*?(?=`|\$\{)/g, (text) => text.replace(/\s+/g, ' '))
        .replace(/\}\s+(?=<|\$\{)/g, '} ')
        .replace(/>\s+(?=\$\{|<|`)/g, '> ');
      return out === code ? null : { code: out, map: null };
    },
  };
}

export function minifyCss(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>*/])\s*/g, '$1')
      .replace(/([(:])\s+/g, '$1')
      .replace(/\s+\)/g, ')')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      // 0.5em is .5em; a digit, letter or dot before the 0 means it is part of a longer number or name.
      .replace(/(?<![\w.\\])0\.(\d)/g, '.$1')
      .trim()
  );
}
