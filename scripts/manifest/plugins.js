/**
 * Analyzer plugins of our own for custom-elements.json (wired in custom-elements-manifest.config.mjs). Each adds what
 * the analyzer cannot know by itself, so that the manifest describes the public API as the code has it and a type
 * generator can use every type it names. What the manifest could only get wrong fails the build instead.
 */

/** Superclasses whose type argument is an event's `detail`. */
const EVENT_BASES = new Set(['CustomEvent', 'ClinicEvent']);

/**
 * The plugins, in the order they run; they share what the analyze phase learns from the source:
 * - `sourceTypes`: each class's superclass with its type arguments and its own type parameters, and which module
 *   declares each exported type;
 * - `resolveTypeArguments`: `ArticleCard extends ClinicElement<ArticleCardContent>`, so the `content: Content` it
 *   inherits is an `ArticleCardContent`;
 * - `attributesAsText`: an attribute's value is text, so `heading-level` offers `'1'`…`'6'` where its property also
 *   takes the numbers, and a default is the attribute's text (`10000`, not the initializer `10_000`);
 * - `publicApiOnly`: private (`#x`) and protected members are not the element's API;
 * - `eventDetails`: each event named and typed by its class, with its `detail` type;
 * - `typeReferences`: each type the package declares, named in a type, gets a `references` entry to its module.
 */
export function clinicManifestPlugins() {
  const source = {
    /** Class name → `{ superclass, typeArguments }` as written after `extends`. */
    heritage: new Map(),
    /** Generic class name → its type parameters' names. */
    typeParameters: new Map(),
    /** Exported type, interface or class name → the module declaring it. */
    declaredIn: new Map(),
  };
  return [
    sourceTypes(source),
    resolveTypeArguments(source),
    attributesAsText(),
    publicApiOnly(),
    eventDetails(source),
    typeReferences(source),
  ];
}

function sourceTypes(source) {
  return {
    name: 'clinic: source types',
    analyzePhase({ ts, node, moduleDoc }) {
      const isTopLevel = node.parent?.kind === ts.SyntaxKind.SourceFile;
      const isExported = node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      const declaresType = [
        ts.SyntaxKind.ClassDeclaration,
        ts.SyntaxKind.InterfaceDeclaration,
        ts.SyntaxKind.TypeAliasDeclaration,
      ].includes(node.kind);
      if (!declaresType || !node.name) return;
      const name = node.name.text;
      if (isTopLevel && isExported) source.declaredIn.set(name, moduleDoc.path);
      if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
      const typeParameters = node.typeParameters?.map((parameter) => parameter.name.text);
      if (typeParameters) source.typeParameters.set(name, typeParameters);
      const extendsClause = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
      const superclass = extendsClause?.types[0];
      if (superclass) {
        source.heritage.set(name, {
          superclass: superclass.expression.getText(),
          typeArguments: superclass.typeArguments?.map((argument) => argument.getText()) ?? [],
        });
      }
    },
  };
}

function resolveTypeArguments(source) {
  return {
    name: 'clinic: resolve type arguments',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        const heritage = source.heritage.get(declaration.name);
        const parameters = heritage && source.typeParameters.get(heritage.superclass);
        if (!parameters) continue;
        const inherited = [...(declaration.members ?? []), ...(declaration.attributes ?? [])].filter(
          (item) => item.inheritedFrom?.name === heritage.superclass && item.type,
        );
        for (const item of inherited) {
          let text = item.type.text;
          parameters.forEach((parameter, index) => {
            const argument = heritage.typeArguments[index];
            if (argument) text = text.replace(new RegExp(`\\b${parameter}\\b`, 'g'), argument);
          });
          // A new object: inheritance copied the superclass's `type` by reference.
          item.type = { ...item.type, text };
        }
      }
    },
  };
}

function attributesAsText() {
  /** The attribute's text for a JS initializer; none for one that leaves the attribute out (`null`, `false`). */
  const attributeText = (initializer) => {
    if (['null', 'undefined', 'false'].includes(initializer)) return undefined;
    return initializer.replace(/^(['"])(.*)\1$/, '$2').replace(/^([\d_.]+)$/, (number) => number.replaceAll('_', ''));
  };
  return {
    name: 'clinic: attributes as text',
    packageLinkPhase({ customElementsManifest }) {
      for (const attribute of classes(customElementsManifest).flatMap((declaration) => declaration.attributes ?? [])) {
        if (attribute.type) {
          const members = attribute.type.text.split('|').map((member) => member.trim().replace(/^(\d+)$/, "'$1'"));
          attribute.type = { ...attribute.type, text: [...new Set(members)].join(' | ') };
        }
        if (attribute.default !== undefined) {
          const text = attributeText(attribute.default);
          if (text === undefined) delete attribute.default;
          else attribute.default = text;
        }
      }
    },
  };
}

function publicApiOnly() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected';
  return {
    name: 'clinic: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        declaration.members = declaration.members?.filter((member) => isPublic(member) && !member.name.startsWith('#'));
      }
    },
  };
}

/**
 * Events come from `@event {EventClass} name - description`. The analyzer also lists each `dispatchEvent(new X(…))`
 * it sees, without a name: that entry goes once an `@event` documents X, and fails the build while none does.
 */
function eventDetails(source) {
  /** The `detail` type of an event class: the type argument it passes to `ClinicEvent` or `CustomEvent`. */
  function detailOf(className) {
    const heritage = source.heritage.get(className);
    if (!heritage) return undefined;
    return EVENT_BASES.has(heritage.superclass) ? heritage.typeArguments[0] : detailOf(heritage.superclass);
  }
  return {
    name: 'clinic: event details',
    packageLinkPhase({ customElementsManifest }) {
      for (const element of customElementDeclarations(customElementsManifest)) {
        const named = (element.events ?? []).filter((event) => event.name);
        for (const event of named) {
          const detail = event.type && detailOf(event.type.text);
          if (!detail) fail(`${element.name}: @event ${event.name} needs its event class, as @event {ClassName}`);
          else event.detail = { text: detail };
        }
        for (const unnamed of (element.events ?? []).filter((event) => !event.name)) {
          const eventClass = unnamed.type?.text;
          if (!named.some((event) => event.type?.text === eventClass)) {
            fail(`${element.name} dispatches ${eventClass}, but no @event {${eventClass}} documents it`);
          }
        }
        element.events = named;
      }
    },
  };
}

function typeReferences(source) {
  /** References to the types this package declares, by name, with their place in the text. */
  function referencesIn(text) {
    return [...text.matchAll(/[A-Za-z_$][\w$]*/g)]
      .filter(([name]) => source.declaredIn.has(name))
      .map(({ 0: name, index: start }) => {
        return { name, module: source.declaredIn.get(name), start, end: start + name.length };
      });
  }
  return {
    name: 'clinic: type references',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        const typed = [
          ...(declaration.members ?? []).flatMap((member) => [member.type, member.return?.type]),
          ...(declaration.attributes ?? []).map((attribute) => attribute.type),
          ...(declaration.events ?? []).flatMap((event) => [event.type, event.detail]),
        ];
        for (const type of typed.filter(Boolean)) {
          const references = referencesIn(type.text);
          if (references.length) type.references = references;
        }
      }
    },
  };
}

/** Every class and custom element the package declares. */
const classes = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.kind === 'class');

/** The classes registered as a tag. */
const customElementDeclarations = (manifest) =>
  classes(manifest).filter((declaration) => declaration.customElement && declaration.tagName);

/** Says what would make the manifest untrue, and makes the build fail once the analyzer is done. */
function fail(message) {
  console.error(`custom-elements.json: ${message}`);
  process.exitCode = 1;
}
