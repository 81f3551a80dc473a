/**
 * @wc-toolkit/jsx-types writes each event's `type` into its handler prop as it stands, and imports only the element
 * classes. The manifest names an event's class as the source does (`ClinicContentLoadEvent`, with a `references`
 * entry to its module), so the generator is given a copy in which each is named through the package's entry instead:
 * `(event: import("clinic-elements").ClinicContentLoadEvent) => void`.
 */

/** `plugin`, run on a copy of the manifest whose event types name the package's types through `packageName`. */
export function withEventsTypedByClass(plugin, { packageName, entry }) {
  return {
    name: `${plugin.name} (event types through ${packageName})`,
    packageLinkPhase({ customElementsManifest, context }) {
      const manifest = structuredClone(customElementsManifest);
      const exported = exportedBy(manifest, entry);
      for (const event of manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((d) => d.events ?? [])) {
        event.type = { text: throughPackage(event.type, packageName, exported) };
      }
      plugin.packageLinkPhase({ customElementsManifest: manifest, context });
    },
  };
}

/** The names the package's entry module exports (a type generator can name nothing else). */
export const exportedBy = (manifest, entry) =>
  new Set(manifest.modules.find((module) => module.path === entry)?.exports?.map((each) => each.name));

/** The type's text, each type it references named as `import("package").Name`. */
function throughPackage(type, packageName, exported) {
  const references = [...(type.references ?? [])].sort((one, other) => other.start - one.start);
  let text = type.text;
  for (const { name, start, end } of references) {
    if (!exported.has(name)) throw new Error(`${packageName} does not export ${name}, yet an event's type names it`);
    text = `${text.slice(0, start)}import(${JSON.stringify(packageName)}).${name}${text.slice(end)}`;
  }
  return text;
}
