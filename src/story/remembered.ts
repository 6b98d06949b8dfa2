/**
 * `read`, remembering its answer for each string it is asked about: for pure functions that a
 * page asks of a handful of strings thousands of times (a page of 1000 cards asks for the
 * written language of a tag some 10,000 times). At most 256 answers are kept, so that a hostile
 * page cannot grow the cache without end.
 */
export function remembered<T>(read: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= 256) answers.clear();
      answers.set(key, (answer = read(key)));
    }
    return answer;
  };
}
