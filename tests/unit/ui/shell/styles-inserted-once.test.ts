import { describe, expect, it } from 'vitest';
import type { GriffelRenderer } from '@fluentui/react-components';
import { stylesInsertedOnce } from '../../../../renderer/ui/shell/styles-inserted-once';

/** A renderer that only counts what it is asked to insert. */
function countingRenderer() {
  const asked: object[] = [];
  const renderer = {
    insertCSSRules: (cssRules: object) => void asked.push(cssRules),
  } as unknown as GriffelRenderer;
  return { renderer, asked };
}

describe('stylesInsertedOnce', () => {
  it('inserts each component’s rules the first time it mounts, and skips them for later instances', () => {
    const { renderer, asked } = countingRenderer();
    const once = stylesInsertedOnce(renderer);
    const button = { d: ['.fui-a{color:red;}'] };
    const field = { d: ['.fui-b{margin:0;}'] };
    for (let row = 0; row < 100; row += 1) {
      once.insertCSSRules(button);
      once.insertCSSRules(field);
    }
    expect(asked).toEqual([button, field]);
  });
});
