// Ambient types for Vite asset imports (the stylesheet). Must not declare anything the app defines itself.
/// <reference types="vite/client" />
