import { type Candidate, retrain, type RetrainDeps, type TimedExample } from './retrain.ts';

const examples = (count: number): TimedExample[] =>
  Array.from({ length: count }, (_, index) => ({
    text: index % 2 === 0 ? `яма на дороге ${index}` : `нет горячей воды ${index}`,
    category: index % 2 === 0 ? 'Ремонт дорог' : 'ЖКХ',
    confirmedAt: `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T00:00:${String(index % 60).padStart(2, '0')}Z`,
  }));

const byKeyword: Candidate = {
  predict: (text) => (text.includes('яма') ? 'Ремонт дорог' : 'ЖКХ'),
  serialize: () => Buffer.from('good'),
};
const alwaysRoads: Candidate = { predict: () => 'Ремонт дорог', serialize: () => Buffer.from('bad') };

const deps = (candidate: Candidate, current: Candidate, confirmed: TimedExample[]) => {
  const published: { version: string; model: string }[] = [];
  const trainedOn: number[] = [];
  const fake: RetrainDeps = {
    confirmedExamples: async () => confirmed,
    shippedCorpus: async () => [{ text: 'корпус', category: 'ЖКХ' }],
    currentModel: async () => ({ predictor: current, version: 'shipped' }),
    train: (training) => {
      trainedOn.push(training.length);
      return candidate;
    },
    publish: async (version, model) => {
      published.push({ version, model: model.toString() });
    },
    now: () => new Date('2026-12-06T03:00:00Z'),
  };
  return { fake, published, trainedOn };
};

describe('retrain', () => {
  it('publishes a better model, trained on the corpus and the older 80 % of confirmed examples', async () => {
    const { fake, published, trainedOn } = deps(byKeyword, alwaysRoads, examples(100));
    const result = await retrain(fake, { heldOutFraction: 0.2, minHeldOut: 10 });
    expect(result).toMatchObject({ outcome: 'published', version: '2026-12-06T03-00-00-000Z', candidateF1: 1, heldOut: 20 });
    expect(trainedOn).toEqual([81]);
    expect(published).toEqual([{ version: '2026-12-06T03-00-00-000Z', model: 'good' }]);
  });

  it('keeps the current model when the new one is worse on the held-back slice', async () => {
    const { fake, published } = deps(alwaysRoads, byKeyword, examples(100));
    const result = await retrain(fake, { heldOutFraction: 0.2, minHeldOut: 10 });
    expect(result).toMatchObject({ outcome: 'kept_current', version: 'shipped', currentF1: 1 });
    expect(published).toEqual([]);
  });

  it('does nothing without enough confirmed examples', async () => {
    const { fake, published, trainedOn } = deps(byKeyword, alwaysRoads, examples(30));
    expect(await retrain(fake, { heldOutFraction: 0.2, minHeldOut: 10 })).toEqual({ outcome: 'not_enough_examples', examples: 30 });
    expect(trainedOn).toEqual([]);
    expect(published).toEqual([]);
  });
});
