// Service worker glue for the browser layer (src/browser/offline.rs). Registration happens only
// when the release build marked the page with <meta name="lectern-offline" content="sw.js">,
// so `trunk serve` never installs a worker.

let registration = null;

export function registerOffline(onUpdate) {
  const meta = document.querySelector('meta[name="lectern-offline"]');
  if (!meta || !('serviceWorker' in navigator)) return false;
  const notify = () => {
    if (registration?.waiting && navigator.serviceWorker.controller) onUpdate();
  };
  navigator.serviceWorker
    .register(meta.content, { scope: './' })
    .then((reg) => {
      registration = reg;
      notify();
      reg.addEventListener('updatefound', () => {
        reg.installing?.addEventListener('statechange', notify);
      });
    })
    .catch(() => {});
  return true;
}

export function checkForUpdate() {
  registration?.update().catch(() => {});
}

export function applyUpdate() {
  const waiting = registration?.waiting;
  if (!waiting) {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage('skip-waiting');
}

// 0: not saved for offline reading; 1: saved ("Available offline"); 2: offline, saved copy shown.
// The worker saves a post after answering; it is asked, so a save still under way is waited for.
export async function offlineStatus(url) {
  const worker = navigator.serviceWorker?.controller;
  if (!('caches' in self) || !worker) return 0;
  const key = new URL(url, location.href);
  key.hash = '';
  const saved = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data === true);
    worker.postMessage({ type: 'is-saved', url: key.href }, [channel.port2]);
  });
  if (!saved) return 0;
  return navigator.onLine ? 1 : 2;
}
