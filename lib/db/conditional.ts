import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Runs a conditional write: `true` when it was applied, `false` when its condition did not hold. */
export const whenConditionHolds = async (write: () => Promise<unknown>): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
};

/** Runs a transaction whose first write carries the condition that matters: `false` when it did not hold. */
export const whenFirstConditionHolds = async (transaction: () => Promise<unknown>): Promise<boolean> => {
  try {
    await transaction();
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
    throw error;
  }
};
