/**
 * Errors the saga's Retry and Catch match by name (workflows/checkout.asl.json): a Task's error
 * name is the thrown error's name, as Lambda reports it in `errorType`.
 */
const named = (name: string) =>
  class extends Error {
    constructor(message: string) {
      super(message);
      this.name = name;
    }
  };

/** A product has less stock than the order asks for. */
export const OutOfStock = named('OutOfStock');
/** DynamoDB refused the transaction for contention (TransactionConflict, throttling): retried with jitter. */
export const StockContention = named('StockContention');
/** The buyer asked to cancel while the order was PENDING: the saga compensates. */
export const OrderCancelled = named('OrderCancelled');
/** The order is in a state the step cannot start from (settled by another path meanwhile). */
export const OrderSettled = named('OrderSettled');
