/**
 * The ribbon command's message dialog (`dialog.html?t=title&m=message`): shows the Vietnamese text
 * and sends `close` to the function file when "Đóng" is pressed (or Escape).
 */
/// <reference types="office-js" />
import { vi } from '../taskpane/i18n/vi';

function render(): void {
  const params = new URLSearchParams(window.location.search);
  const title = document.getElementById('title');
  const message = document.getElementById('message');
  const close = document.getElementById('close') as HTMLButtonElement | null;
  if (title) title.textContent = params.get('t') ?? vi.dialog.title;
  if (message) message.textContent = params.get('m') ?? '';
  if (!close) return;
  close.textContent = vi.dialog.close;
  const send = () => Office.context.ui.messageParent('close');
  close.addEventListener('click', send);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') send();
  });
  close.focus();
}

void Office.onReady(render);
