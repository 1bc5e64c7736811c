/**
 * Makes `target` show what `source` (the same thing built afresh) shows, changing only what differs:
 * the elements that stay keep focus and their layout. Each element's `tabindex` is left as it is, since
 * the grid moves its one tab stop as focus moves. For elements without listeners or style attributes
 * (a heat map row: the grid listens for its rows; the policy allows no style attribute).
 */
export function patchElement(target: Element, source: Element): void {
  for (const name of target.getAttributeNames())
    if (name !== 'tabindex' && !source.hasAttribute(name)) target.removeAttribute(name);
  for (const name of source.getAttributeNames()) {
    if (name === 'tabindex' && target.hasAttribute(name)) continue;
    const value = source.getAttribute(name)!;
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
  const wanted = [...source.childNodes];
  wanted.forEach((child, index) => {
    const current = target.childNodes[index];
    if (current && current.nodeName === child.nodeName) {
      if (current instanceof Element) patchElement(current, child as Element);
      else if (current.nodeValue !== child.nodeValue) current.nodeValue = child.nodeValue;
    } else {
      target.insertBefore(child, current ?? null);
    }
  });
  while (target.childNodes.length > wanted.length) target.lastChild!.remove();
}
