/**
 * The element classes have their property accessors on the prototype before any tag is registered, as decorated
 * classes would: @lit/react (clinic-elements/react) sets as properties only the props it finds there. Without them,
 * an element rendered before its tag was registered, or on a server, got `content="[object Object]"` as an attribute
 * and stayed blank. This page registers nothing.
 */
import { expect } from '@esm-bundle/chai';
import { ArticleCard, ClinicElement, ConsultCta, SymptomChecklist, Timeline } from '../src/index.js';

describe('the element classes, before any tag is registered', () => {
  for (const element of [ArticleCard, ConsultCta, SymptomChecklist, Timeline]) {
    it(`${element.name} has every reactive property on its prototype`, () => {
      expect(customElements.getName(element), 'not registered').to.be.null;
      const declared = Object.keys({ ...ClinicElement.properties, ...element.properties });
      expect(declared).to.include('content');
      const missing = declared.filter((name) => !(name in element.prototype));
      expect(missing).to.deep.equal([]);
    });
  }
});
