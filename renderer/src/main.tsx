// Renderer entry: mounts <App/> and loads the stylesheet. Must not import electron, node:* or main/.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app';
import './styles.css';
import './styles/shell.css';

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element to mount akool-vault into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
