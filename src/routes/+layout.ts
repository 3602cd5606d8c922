// A static site: every page is prerendered, and every URL ends in a slash (`/es/`, `/en/lesson/2/`)
// so each page is written as `…/index.html` and relative asset paths behave the same everywhere.
export const prerender = true;
export const trailingSlash = 'always';
