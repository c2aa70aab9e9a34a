/**
 * A few DOM helpers. Text is only ever set with `textContent` and attributes with
 * `setAttribute`: nothing a user types or a file holds is parsed as HTML, so it can neither run
 * nor become a link.
 */
type Child = Node | string | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let seq = 0;
/** A fresh element ID for label/description links; deterministic within one page load. */
export const uid = (prefix: string) => `${prefix}-${++seq}`;

/** A labelled text (or date) input whose value is written back with `set` on every keystroke. */
export function field(label: string, value: string, set: (v: string) => void, opts: { type?: string; name?: string; hint?: string; autocomplete?: string; inputmode?: string; path?: string } = {}): HTMLElement {
  const id = uid('f');
  const input = h('input', { id, type: opts.type ?? 'text', name: opts.name, autocomplete: opts.autocomplete ?? 'off', inputmode: opts.inputmode, 'data-path': opts.path });
  input.value = value;
  input.addEventListener('input', () => set(input.value));
  const hintId = opts.hint ? uid('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, opts.hint ? h('p', { id: hintId, class: 'hint' }, opts.hint) : undefined);
}

/** Offers bytes to the user as a download with this file name. */
export function download(name: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
