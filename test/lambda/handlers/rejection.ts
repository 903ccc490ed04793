/** Leaves a promise rejection unhandled, which ends the environment. */
export const handler = async () => {
  void Promise.reject(new Error('Nobody awaited me'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'too late';
};
