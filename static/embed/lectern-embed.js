// Lectern for any web page: `<lectern-reader src="post.json">` and `mount(element, options)`.
// This file is a template: the release build (scripts/build/embed.mjs) writes dist/lectern-embed.js
// from it, filling in the names of the wasm-bindgen module and wasm Trunk wrote, the first
// screen's, and the reader's stylesheet for shadow roots (lectern-embed.css).
// The wasm loads once per page, however many readers it holds; each reader renders into its own
// shadow root, so the host page's CSS and the reader's never meet. See docs/embedding.md.

const BINDGEN_MODULE = '__LECTERN_BINDGEN__';
const WASM_FILE = '__LECTERN_WASM__';
const READER_CSS_FILE = '__LECTERN_CSS_FILE__';
// The first screen (crates/lectern-first): a small module that makes a published reader's
// markup live without the full reader, which then loads only when a reader needs it.
const FIRST_MODULE = '__LECTERN_FIRST__';
const FIRST_WASM = '__LECTERN_FIRST_WASM__';
// The module that draws a post with no published markup (crates/lectern-draw-wasm), as the full
// reader's first render would, so that it too starts on the first screen.
const DRAW_MODULE = '__LECTERN_DRAW__';
const DRAW_WASM = '__LECTERN_DRAW_WASM__';

let wasmReady = null;
let sheetReady = null;
// The reader's stylesheet once loaded: every reader's shadow root adopts this one object.
let sheet = null;
// The reader mounted in each element, so mounting again replaces it instead of orphaning it.
const mounted = new WeakMap();

/** Loads and starts the wasm once; every reader on the page shares it (asked again after a failure). */
function loadWasm() {
  wasmReady ??= import(new URL(BINDGEN_MODULE, import.meta.url).href)
    .then(async (bindings) => {
      await bindings.default({ module_or_path: new URL(WASM_FILE, import.meta.url) });
      // The build's language files are beside this script, wherever the host page is.
      bindings.setBuildBase(new URL('./', import.meta.url).href);
      return bindings;
    })
    .catch((error) => {
      wasmReady = null;
      throw error;
    });
  return wasmReady;
}

// A small module without Yew (its wasm-bindgen JS and its wasm), once loaded and started.
const smallModules = new Map();

/** Loads and starts the module `js` with its `wasm` once; null when the build has none or it fails. */
function loadSmallModule(js, wasm) {
  if (!js) return Promise.resolve(null);
  if (!smallModules.has(js)) {
    const ready = import(new URL(js, import.meta.url).href)
      .then(async (module) => {
        await module.default({ module_or_path: new URL(wasm, import.meta.url) });
        return module;
      })
      .catch(() => null);
    smallModules.set(js, ready);
  }
  return smallModules.get(js);
}

/** The first screen's module. */
const loadFirstScreen = () => loadSmallModule(FIRST_MODULE, FIRST_WASM);

/** The drawing module. */
const loadDraw = () => loadSmallModule(DRAW_MODULE, DRAW_WASM);

/**
 * Loads the reader's stylesheet once (the file a published reader's shadow root links, so it
 * usually comes from the browser's cache) as one object every reader's shadow root adopts.
 */
function loadSheet() {
  sheetReady ??= fetch(new URL(READER_CSS_FILE, import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`the reader's stylesheet could not be loaded (HTTP ${response.status})`);
      return response.text();
    })
    .then((css) => {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    })
    .catch((error) => {
      sheetReady = null;
      throw error;
    });
  return sheetReady;
}

/** Styles a published reader's shadow root, which links the same file already, once loaded. */
function adoptSheetLater(shadow) {
  loadSheet().then(
    (loaded) => {
      shadow.adoptedStyleSheets = [loaded];
    },
    () => {},
  );
}

/** The element's shadow root with the reader's styles and an empty container to render into. */
function prepareShadow(host) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = sheet ? [sheet] : [];
  shadow.replaceChildren();
  const container = document.createElement('div');
  container.className = 'lectern-embed';
  shadow.append(container);
  return { shadow, container };
}

/**
 * A reader published with its markup inside (a declarative shadow root holding a
 * `.lectern-embed[data-prerendered]` and its post's JSON), not yet hydrated; otherwise null.
 */
function prerenderedReader(host) {
  const shadow = host.shadowRoot;
  const container = shadow?.querySelector('.lectern-embed[data-prerendered]');
  const data = shadow?.querySelector('script.lectern-post');
  const words = shadow?.querySelector('script.lectern-words');
  const here = (node) => node?.parentNode === shadow;
  return here(container) && here(data)
    ? { container, json: data.textContent, words: here(words) ? words.textContent : null }
    : null;
}

/** Shows why a reader could not start, as text, inside its own shadow root. */
function showError(host, error) {
  const { container } = prepareShadow(host);
  const panel = document.createElement('div');
  panel.className = 'load-error';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'This reader could not start';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  panel.append(title, detail);
  container.append(panel);
}

/**
 * Mounts a reader into `element` (in a shadow root it creates; a reader already mounted there is
 * destroyed first). Options:
 * `src` (the post's address) or `post` (the post object or its JSON text), `collapseWords`
 * (fold quotations over this many words; 0 = never), the text settings the reader starts from —
 * `textSize` (85, 92, 100, 110, 125, 140, 160), `lineWidth` (narrow, medium, wide), `lineSpacing`
 * (tight, normal, loose), `font` (serif, sans, legible), `theme` (auto, light, sepia, dark) — and
 * `readerSettings` (false: no "Text settings" button, the host's look only), and, on a page the
 * post's own WordPress site serves, `commenter` and `restNonce` (who is logged in there and
 * their REST nonce: they reply as themselves).
 * Resolves to a handle with `update(options)`, `destroy()` and `mounted`; rejects with an Error
 * naming a bad option.
 */
export async function mount(element, options) {
  if (!(element instanceof Element)) {
    throw new TypeError('Lectern: mount() needs an element to render into');
  }
  // A published reader given its address and the host's look starts on the first screen; any
  // other option is the full reader's to check and apply, so it loads at once. A reader given
  // the address of a published post gets that post's published markup first; one given a post
  // with no published markup (its address, or the post itself) gets the reader drawn from it.
  const light = firstScreenOptions(options);
  const published = light && !prerenderedReader(element) ? await publishedMarkup(options.src) : null;
  const drawn = !published && !prerenderedReader(element) ? await drawnMarkup(element, options) : null;
  const markup = published ?? drawn;
  const [first, styles] =
    (light || drawn) && (markup || prerenderedReader(element))
      ? await Promise.all([loadFirstScreen(), markup ? loadSheet().catch(() => null) : null])
      : [null, null];
  if (first && (!markup || styles)) {
    mounted.get(element)?.destroy();
    if (markup) showPublished(element, markup, styles);
    const prerendered = prerenderedReader(element);
    if (prerendered) {
      try {
        const handle = startFirstScreen(element, prerendered, first, options, Boolean(drawn));
        mounted.set(element, handle);
        return handle;
      } catch {
        // The first screen did not start: the full reader hydrates the same markup instead.
      }
    }
  }
  // A reader rendered here waits for its styles, so it never shows unstyled.
  const [bindings] = await Promise.all([loadWasm(), loadSheet()]);
  mounted.get(element)?.destroy();
  const prerendered = prerenderedReader(element);
  let shadow;
  let reader;
  if (prerendered) {
    // Published with `lectern-cli publish`: the markup is here already; hydrate it in place
    // with the post it was rendered from (the same first render, so nothing moves).
    shadow = element.shadowRoot;
    adoptSheetLater(shadow);
    const { src: _src, ...rest } = options ?? {};
    try {
      reader = bindings.hydrateReader(prerendered.container, { ...rest, post: prerendered.json }, prerendered.words);
    } catch (error) {
      // A refused mount leaves the element as it was: without the markup fetched for it.
      if (markup) shadow.replaceChildren();
      throw error;
    }
    prerendered.container.removeAttribute('data-prerendered');
  } else {
    const prepared = prepareShadow(element);
    shadow = prepared.shadow;
    try {
      reader = bindings.mountReader(prepared.container, options);
    } catch (error) {
      shadow.replaceChildren();
      throw error;
    }
  }
  let alive = true;
  const handle = {
    /** False once destroyed (or replaced by another mount into the same element). */
    get mounted() {
      return alive;
    },
    update(next) {
      if (alive) reader.update(next);
    },
    destroy() {
      if (!alive) return;
      alive = false;
      if (mounted.get(element) === handle) mounted.delete(element);
      reader.destroy();
      reader.free();
      shadow.replaceChildren();
    },
  };
  mounted.set(element, handle);
  return handle;
}

/**
 * The markup `lectern-cli publish` wrote for the post at `src` (`…/posts/<name>.json`, its
 * markup in `…/embed/<name>.html`, on this site or another that allows it), as the content of
 * its shadow root; null when there is none, or when it holds anything the reader's own markup
 * never does (`ownMarkup`): markup from another site could otherwise carry a script or a handler
 * into the host page. A post's JSON is safe from anywhere: the reader draws it itself.
 */
async function publishedMarkup(src) {
  if (!FIRST_MODULE || typeof src !== 'string') return null;
  let post;
  try {
    post = new URL(src, document.baseURI);
  } catch {
    return null;
  }
  const named = post.pathname.match(/\/posts\/([^/]+)\.json$/);
  if (!named || (post.protocol !== 'https:' && post.protocol !== 'http:')) return null;
  try {
    const response = await fetch(new URL(`../embed/${named[1]}.html`, post));
    if (!response.ok) return null;
    // Parsed inert (no script of it runs, no shadow root is attached): only its template is taken.
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const content = page.querySelector('lectern-reader > template[shadowrootmode]')?.content;
    const reader = content?.querySelector('.lectern-embed[data-prerendered]');
    return reader?.parentNode === content && ownMarkup(content) ? content : null;
  } catch {
    return null;
  }
}

/**
 * The reader of the post `options` name (`src`, or the post itself) drawn by the drawing module
 * as the full reader's first render would draw it, in the words of the post's language, as the
 * content of a shadow root (the reader's markup, its post's JSON and those words); null when it
 * cannot be drawn here — an option only the full reader applies, a post that does not read,
 * words that cannot be had — and the full reader then loads and says what is wrong.
 */
async function drawnMarkup(element, options) {
  if (!FIRST_MODULE || !DRAW_MODULE || !drawableOptions(options)) return null;
  const { src, post, lang } = options;
  // A `lang` the full reader would refuse (not a string, or blank) is left to it to name.
  if (lang !== undefined && (typeof lang !== 'string' || lang.trim() === '')) return null;
  try {
    const [json, draw] = await Promise.all([postText(src, post), loadDraw()]);
    const read = json !== null && draw ? draw.DrawnPost.read(json) : undefined;
    if (!read) return null;
    try {
      const language = read.language(element, lang);
      const words = language === 'en' ? null : await wordsText(language);
      if (language !== 'en' && words === null) return null;
      const markup = read.draw(words ?? undefined);
      return markup === undefined ? null : drawnContent(markup, read.id, json, words);
    } finally {
      read.free();
    }
  } catch {
    return null;
  }
}

/** The post's JSON text: `post` as given (its JSON when an object), or fetched from `src`. */
async function postText(src, post) {
  if (post !== undefined && post !== null) {
    if (src !== undefined) return null;
    // Functions and `undefined` are left out, as the full reader reads an object.
    return typeof post === 'string' ? post : (JSON.stringify(post) ?? null);
  }
  if (typeof src !== 'string') return null;
  const response = await fetch(new URL(src, document.baseURI));
  return response.ok ? response.text() : null;
}

/** One of the build's language files (beside this script), as the full reader fetches it. */
async function wordsText(language) {
  try {
    const response = await fetch(new URL(`./locales/${language}.txt`, import.meta.url));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** Drawn markup as a published reader's shadow root holds it (see `prerenderedReader`). */
function drawnContent(markup, id, json, words) {
  // Parsed inert; the markup is the drawing module's, every word of the post escaped in it.
  const template = document.createElement('template');
  template.innerHTML = '<div class="lectern-embed" data-prerendered></div>';
  const content = template.content;
  const container = content.firstElementChild;
  container.setAttribute('data-post', id);
  container.innerHTML = markup;
  const data = (type, className, text) => {
    const script = document.createElement('script');
    script.type = type;
    script.className = className;
    script.textContent = text;
    content.append(script);
  };
  data('application/json', 'lectern-post', json);
  if (words !== null) data('text/plain', 'lectern-words', words);
  return content;
}

// The reader's own markup (what src/components render): its elements, and the attributes each
// may carry besides the ones any of them may (`EVERY_ELEMENT`, `aria-*`, `data-*`).
const OWN_ELEMENTS = new Map(
  Object.entries({
    a: ['href', 'rel'],
    blockquote: ['cite'],
    button: ['type', 'disabled'],
    form: ['novalidate'],
    img: ['src', 'alt', 'loading', 'width', 'height'],
    input: ['type', 'name', 'value', 'checked', 'required', 'autocomplete', 'disabled'],
    label: ['for'],
    link: ['rel', 'href'],
    option: ['value', 'selected'],
    script: ['type'],
    select: ['name', 'required', 'disabled'],
    td: ['colspan', 'rowspan'],
    textarea: ['name', 'rows', 'required', 'disabled'],
    th: ['scope', 'colspan', 'rowspan'],
    time: ['datetime'],
    ...Object.fromEntries(
      ('article aside bdi caption cite code dd div dl dt em fieldset figcaption figure h1 h2 h3 h4 h5 h6 ' +
        'header hr kbd legend li main nav ol output p pre section span strong sub sup table tbody thead tr ul')
        .split(' ')
        .map((name) => [name, []]),
    ),
  }),
);
const EVERY_ELEMENT = new Set(['class', 'id', 'dir', 'lang', 'role', 'hidden', 'tabindex']);
// Addresses: only to a web page or an email (an image: a web address) — never `javascript:`.
const ADDRESSES = { href: ['http:', 'https:', 'mailto:'], cite: ['http:', 'https:', 'mailto:'], src: ['http:', 'https:'] };

/**
 * Whether `content` holds only what the reader itself renders: its elements, their attributes
 * (no handler, no style), addresses to web pages, its post as JSON and its stylesheet's link.
 */
function ownMarkup(content) {
  for (const element of content.querySelectorAll('*')) {
    const own = OWN_ELEMENTS.get(element.localName);
    if (!own || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
    if (element.localName === 'script' && element.type !== 'application/json') return false;
    if (element.localName === 'link' && element.rel !== 'stylesheet') return false;
    for (const { name, value } of element.attributes) {
      const allowed = EVERY_ELEMENT.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name) || own.includes(name);
      if (!allowed || (Object.hasOwn(ADDRESSES, name) && !safeAddress(value, ADDRESSES[name]))) return false;
    }
  }
  return true;
}

/** Whether `value` is an address (relative, or absolute with one of `schemes`). */
function safeAddress(value, schemes) {
  try {
    return schemes.includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * Puts published markup (`publishedMarkup`) into `element`'s shadow root, styled by the reader's
 * stylesheet (the markup's own link is written for the page it was published beside).
 */
function showPublished(element, content, styles) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  for (const link of content.querySelectorAll('link[rel="stylesheet"]')) link.remove();
  shadow.adoptedStyleSheets = [styles];
  shadow.replaceChildren(document.importNode(content, true));
}

// The options the first screen applies itself: the post's address and the host's look (its
// `HOST_OPTIONS` and `READER_SETTINGS_OPTION`, crates/lectern-first/src/settings.rs). It checks
// their values, and leaves any it does not offer to the full reader, which names what is wrong.
const FIRST_SCREEN_OPTIONS = new Set(['src', 'textSize', 'lineWidth', 'lineSpacing', 'font', 'theme', 'readerSettings']);

/** Whether `options` name nothing but the post's address and the host's look. */
function firstScreenOptions(options) {
  return (
    options !== null &&
    typeof options === 'object' &&
    Object.keys(options).every((name) => FIRST_SCREEN_OPTIONS.has(name))
  );
}

// The options with which a post with no published markup is drawn on the first screen: the
// first screen's, the post itself, and the language of the page around the reader.
const DRAWN_OPTIONS = new Set([...FIRST_SCREEN_OPTIONS, 'post', 'lang']);

/** Whether `options` name nothing but what a drawn reader's first screen applies. */
function drawableOptions(options) {
  return (
    options !== null && typeof options === 'object' && Object.keys(options).every((name) => DRAWN_OPTIONS.has(name))
  );
}

/**
 * Makes a published reader live on the first screen; the full reader is loaded when a reader
 * needs it (the comments come near, a control only it has, a shortcut…) and hydrates the same
 * markup, after the first screen has put it back as published. `drawn`: the markup was drawn
 * here from the post (`drawnMarkup`), its conversation in a root of its own that the full reader
 * hydrates as an app of its own. The handle is `mount()`'s.
 */
function startFirstScreen(element, prerendered, first, options, drawn = false) {
  const shadow = element.shadowRoot;
  const { container } = prerendered;
  adoptSheetLater(shadow);
  let alive = true;
  let reader = null;
  let bindings = null;
  // The options the first screen applies (the host's look may change while it runs).
  let current = options;
  // Options the host set that only the full reader applies: applied once it has taken over.
  let pending = null;
  // Whether `next` shows the post this reader was started with (its markup's).
  const samePost = (next) => next?.src === options?.src && next?.post === options?.post;
  // The options as the full reader takes them for the markup's own post: its JSON, not its address.
  const forMarkup = (next) => {
    const { src: _src, post: _post, ...rest } = next ?? {};
    return { ...rest, post: prerendered.json };
  };
  // Whether a drawn reader's full reader can apply `next` in place: the same post in the same
  // words, and no option that reaches the conversation (it lives on a root of its own, drawn
  // for this post in these words, and is hydrated as an app of its own).
  const inPlace = (next) => drawableOptions(next) && samePost(next) && next.lang === options?.lang;
  // Applies `next` once the full reader runs; a drawn reader that cannot take it in place
  // starts again as the full reader, with `next`.
  const apply = (next) => {
    if (!drawn) {
      reader.update(next);
    } else if (inPlace(next)) {
      reader.update(forMarkup(next));
    } else {
      reader.destroy();
      reader.free();
      reader = null;
      drawn = false;
      reader = bindings.mountReader(prepareShadow(element).container, next);
    }
  };
  const hydrate = (loaded) => () => {
    if (!alive) return;
    try {
      bindings = loaded;
      reader = bindings.hydrateReader(container, forMarkup(current), prerendered.words);
      container.removeAttribute('data-prerendered');
      if (pending) apply(pending);
    } catch (error) {
      handle.destroy();
      showError(element, error);
    }
  };
  // The first screen writes the reader's saved text settings over the host's look, as the full
  // reader will; it refuses an option value it does not offer (the caller then falls back).
  const screen = first.startEmbedded(container, () => loadWasm().then(hydrate), options ?? {});
  if (!screen) throw new Error('an option only the full reader applies');
  // Whether the first screen can apply `next` itself: a new look for the same post.
  const light = (next) => (drawn ? inPlace(next) : firstScreenOptions(next) && samePost(next));
  const handle = {
    /** False once destroyed (or replaced by another mount into the same element). */
    get mounted() {
      return alive;
    },
    update(next) {
      if (!alive) return;
      if (reader) {
        // A refused option is thrown to the caller, as the full reader's own update throws it.
        apply(next);
      } else if (!pending && light(next) && screen.restyle(next)) {
        current = next;
      } else {
        pending = next;
        screen.wake();
      }
    },
    destroy() {
      if (!alive) return;
      alive = false;
      if (mounted.get(element) === handle) mounted.delete(element);
      screen.free();
      reader?.destroy();
      reader?.free();
      shadow.replaceChildren();
    },
  };
  return handle;
}

/** A whole-number attribute as a number; anything else as the text it is, for the error. */
function wholeNumber(text) {
  const number = Number(text);
  return text.trim() !== '' && Number.isInteger(number) ? number : text;
}

/** `reader-settings`: "on"/"off" (or "true"/"false"; present and empty means on). */
function onOff(text) {
  const word = text.trim().toLowerCase();
  if (word === '' || word === 'on' || word === 'true') return true;
  if (word === 'off' || word === 'false') return false;
  return text;
}

// Each attribute, the option it sets and how its text is read.
const ATTRIBUTES = [
  ['src', 'src', String],
  ['collapse-words', 'collapseWords', wholeNumber],
  ['text-size', 'textSize', wholeNumber],
  ['line-width', 'lineWidth', String],
  ['line-spacing', 'lineSpacing', String],
  ['font', 'font', String],
  ['theme', 'theme', String],
  ['reader-settings', 'readerSettings', onOff],
  ['commenter', 'commenter', String],
  ['rest-nonce', 'restNonce', String],
  // `lang=""` says "unknown" in HTML: the post's or the page's language then decides.
  ['lang', 'lang', (text) => text.trim() || undefined],
];

/** `<lectern-reader src …>`: one reader per element, live attributes (docs/embedding.md). */
class LecternReader extends HTMLElement {
  static observedAttributes = ATTRIBUTES.map(([attribute]) => attribute);
  #handle = null;
  #queue = Promise.resolve();
  #scheduled = false;

  connectedCallback() {
    this.#sync();
  }

  disconnectedCallback() {
    // Runs after any mount in flight; an element moved within the page is connected again by
    // then and keeps its reader (and the reader's draft).
    this.#queue = this.#queue.then(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected) this.#sync();
  }

  #options() {
    const options = {};
    for (const [attribute, option, read] of ATTRIBUTES) {
      const text = this.getAttribute(attribute);
      if (text !== null) options[option] = read(text);
    }
    return options;
  }

  /** Applies the attributes once, after every change made in the same task. */
  #sync() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#queue = this.#queue.then(async () => {
      this.#scheduled = false;
      if (!this.isConnected) return;
      const options = this.#options();
      try {
        if (this.#handle) this.#handle.update(options);
        else this.#handle = await mount(this, options);
      } catch (error) {
        this.#teardown();
        showError(this, error);
      }
    });
  }

  #teardown() {
    this.#handle?.destroy();
    this.#handle = null;
  }
}

if (!customElements.get('lectern-reader')) {
  customElements.define('lectern-reader', LecternReader);
}
