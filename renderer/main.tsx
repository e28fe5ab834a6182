import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyStoredTheme } from './lib/theme';
import './styles/base.css';
import './styles/layout.css';
import './styles/setup.css';
import './styles/jobs.css';
import './styles/sharing.css';
import './styles/charter.css';
import './styles/print.css';

// The served page's style nonce (electron/shell/csp-nonce.ts), for the <style> elements Radix dialogs add.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="winloop-style-nonce"]')?.content;
if (nonce) Object.assign(window, { __webpack_nonce__: nonce });

applyStoredTheme();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
