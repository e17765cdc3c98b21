/**
 * Short function words per Latin-script language (hand-written lists of common articles,
 * pronouns, prepositions and auxiliaries; words shared by two languages appear in both and
 * cancel out). Kept small on purpose: this only has to tell a caption line's language.
 */
export type LanguageCode =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'sv'
  | 'pl'
  | 'tr'
  | 'ja'
  | 'ko'
  | 'zh'
  | 'ru'
  | 'uk'
  | 'ar'
  | 'he'
  | 'el'
  | 'hi'
  | 'th';

export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  sv: 'Swedish',
  pl: 'Polish',
  tr: 'Turkish',
  ja: 'Japanese',
  ko: 'Korean',
  zh: 'Chinese',
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  he: 'Hebrew',
  el: 'Greek',
  hi: 'Hindi',
  th: 'Thai',
};

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const FUNCTION_WORDS: readonly [LanguageCode, ReadonlySet<string>][] = [
  [
    'en',
    list(`the and is are was were we you i it to of that this with for not have has be can will
    what our your they on at if but so do does don't i'm it's we're there just about`),
  ],
  [
    'de',
    list(`der die das und ist sind wir sie ich nicht mit auf für ein eine einen dem den es zu
    auch aber wenn dass noch schon haben hat wird werden kann können uns unser bei von`),
  ],
  [
    'fr',
    list(`le la les et est sont nous vous je ne pas avec pour un une des du de en que qui
    ce cette mais sur dans au aux il elle ils on c'est j'ai notre votre très aussi`),
  ],
  [
    'es',
    list(`el la los las y es son nosotros usted yo no con para un una unos del que en por
    pero lo se su sus muy también esto esta está están hay tenemos porque como`),
  ],
  [
    'pt',
    list(`o a os as e é são nós você eu não com para um uma do da dos das que em por
    mas se seu sua muito também isso esta está estão temos porque como`),
  ],
  [
    'it',
    list(`il lo la gli le e è sono noi voi io non con per un una del della che in ma
    se suo sua molto anche questo questa abbiamo perché come ci sia`),
  ],
  [
    'nl',
    list(`de het een en is zijn wij we jullie ik niet met voor van dat die er op te ook
    maar als nog al hebben heeft wordt kan ons onze bij`),
  ],
  [
    'sv',
    list(`och är att det som en ett jag vi ni inte med för på av till har den de men
    om så också kan ska vår våra från eller`),
  ],
  [
    'pl',
    list(`i w na nie to jest są że się z do jak ale my wy ja o co tak czy już
    być mamy może tylko także bardzo przez`),
  ],
  [
    'tr',
    list(`ve bir bu da de ne için ile çok ama var yok gibi daha olan ben biz siz o
    şu mi mı değil ki sonra kadar`),
  ],
];
