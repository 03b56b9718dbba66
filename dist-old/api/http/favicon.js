"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FAVICON_SVG = void 0;
exports.serveFavicon = serveFavicon;
/**
 * The site icon, so that a browser opening GraphiQL gets an answer for `/favicon.ico` instead of a
 * 404 in its console: a 16 × 16 SVG (the letters "UB" on the project's blue), served as an image
 * for a day. Every current browser accepts an SVG icon at that address when the type says so.
 */
exports.FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f4e8c"/><text x="8" y="11.5" font-family="sans-serif" font-size="8" font-weight="700" fill="#fff" text-anchor="middle">UB</text></svg>`;
function serveFavicon(_req, res) {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(exports.FAVICON_SVG);
}
//# sourceMappingURL=favicon.js.map