/** The caller's own shop, by their profile's `shopId`. */
export { request, response } from './parent-shop.ts';
