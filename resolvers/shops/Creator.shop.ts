/** A creator's shop, by the creator profile's `shopId`. */
export { request, response } from './parent-shop.ts';
