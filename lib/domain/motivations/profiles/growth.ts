import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Growth: the buyer is chasing scale, revenue or momentum and needs to see the upside. */
export const growth: MotivationProfile = {
  id: 'growth',
  name: 'Growth',
  summary: 'They want more: more customers, more output, more reach, and a tool that will not cap it.',
  signals: signalList('growth', [
    ['scaling-plans', 'phrase', 0.9, 'Talks about doubling, scaling or expanding the business'],
    ['new-markets', 'phrase', 0.8, 'Mentions new markets, regions, products or locations'],
    ['revenue-targets', 'phrase', 0.8, 'Cites revenue, pipeline or output targets they must hit'],
    ['outgrowing-tools', 'phrase', 0.8, 'Says current tools will not keep up with the volume ahead'],
    ['hiring-fast', 'phrase', 0.6, 'Mentions hiring quickly or adding teams'],
    ['asks-about-limits', 'behaviour', 0.6, 'Asks about volume limits, pricing at scale and performance'],
    ['talks-upside', 'behaviour', 0.5, 'Lights up at upside numbers rather than at cost savings'],
    ['competitor-pace', 'phrase', 0.6, 'Worries competitors are moving faster'],
  ]),
  questions: questionList('growth', [
    ['target', 'What number are you being asked to hit this year, and what stands in the way?'],
    ['where-next', 'Where will the next wave of growth come from: new customers, new places, new products?'],
    ['breaks-first', 'If volume doubled tomorrow, what would break first?'],
    ['upside-value', 'What would an extra point of conversion or capacity be worth to you?'],
    ['timing', 'When does the growth plan need the new setup in place?'],
  ]),
  needs: [
    'A clear line from the product to revenue, capacity or reach',
    'Assurance the tool and the pricing scale with them',
    'Ideas on where else the product can create upside',
  ],
  avoid: [
    'Leading with cost reduction only',
    'Pricing that punishes growth or surprises them at the next tier',
    'A cautious, defensive story when they want ambition',
  ],
  path: {
    name: 'Upside path',
    description: 'Model the upside with their numbers, prove it scales, and plan expansion milestones.',
  },
  proofTypes: [
    'An upside model using their own volumes',
    'Case studies of customers who scaled on the product',
    'Performance and volume benchmarks',
  ],
  onboarding: [
    'Set up for the volume they expect next year, not this month',
    'Tie early milestones to the growth target',
    'Plan the second team or market during onboarding',
  ],
  successMetric: 'Revenue, volume or capacity gained against the growth target they named.',
  handoff: [
    'Record the growth target and timeline in their words',
    'Flag expansion potential for account management early',
    'Watch for scale limits; an outage at a peak erodes trust fast',
  ],
};
