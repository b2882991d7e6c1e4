// Every page is static HTML made at build time: the site needs no server, and answers never
// leave the browser because there is nothing to send them to.
export const prerender = true;
