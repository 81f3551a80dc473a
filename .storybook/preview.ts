/// <reference types="vite/client" />
/**
 * The stories' Controls come from custom-elements.json, which `npm run storybook` and `npm run build-storybook` write
 * first (`npm run analyze`); stories/shared.ts hands each element's entry to @wc-toolkit/storybook-helpers.
 */
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import type { CustomElementDeclaration, CustomElementField, Package } from 'custom-elements-manifest/schema';
// As text, so that the type check needs no manifest before a build has written one.
import manifestText from '../custom-elements.json?raw';

/**
 * The manifest as the Controls panel edits it: a property with an attribute is set through the attribute, so it takes
 * the attribute's type and default (`heading-level`: '1' to '6'; `timeout`: 10000).
 */
function editedAsAttributes(manifest: Package): Package {
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const { attributes = [], members = [] } = declaration as CustomElementDeclaration;
    for (const field of members.filter((member): member is CustomElementField => member.kind == 'field')) {
      const attribute = attributes.find((each) => each.fieldName == field.name);
      if (attribute) Object.assign(field, { type: attribute.type, default: attribute.default });
    }
  }
  return manifest;
}

setCustomElementsManifest(editedAsAttributes(JSON.parse(manifestText) as Package));
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = { parameters: { controls: { expanded: true } } };
export default preview;
