import type { Question } from '../../../core/content/schema.ts';
import { DetectiveAnswer } from './Detective.tsx';
import { MapPickAnswer } from './MapPick.tsx';
import { MatchingAnswer } from './Matching.tsx';
import { MultipleChoice } from './MultipleChoice.tsx';
import { NumericAnswer } from './Numeric.tsx';
import { OrderingAnswer } from './Ordering.tsx';
import { SingleChoice } from './SingleChoice.tsx';
import type { QuestionControlProps } from './types.ts';

/** Picks the control for the question's type. */
export function QuestionControl(props: QuestionControlProps<Question>) {
  const { question } = props;
  switch (question.type) {
    case 'single':
      return <SingleChoice {...props} question={question} />;
    case 'multiple':
      return <MultipleChoice {...props} question={question} />;
    case 'ordering':
      return <OrderingAnswer {...props} question={question} />;
    case 'numeric':
      return <NumericAnswer {...props} question={question} />;
    case 'map-pick':
      return <MapPickAnswer {...props} question={question} />;
    case 'matching':
      return <MatchingAnswer {...props} question={question} />;
    case 'detective':
      return <DetectiveAnswer {...props} question={question} />;
  }
}
