/**
 * Asks put to the reader rather than stated: a conditional invitation ("If you are a
 * curious engineer with Elixir experience, apply", "…, and if this sounds like you, you
 * will thrive here") and a question about themselves ("Are you a seasoned engineer with a
 * passion for…?"). Conditions about wanting the job ("If you're looking for a fast-paced
 * company") or about applying are not asks.
 */

// Apostrophes may be curly, straight or lost in copy-paste ("you're", "youre").
const YOURE = String.raw`you(?:['’]?re| are)`;

/** A conditional invitation: "If you are X, apply", "…, and if this sounds like you, join us". */
export const IF_YOU = new RegExp(
  String.raw`(?:^|[,;—–-]\s*(?:and |so |then )?)(?:so,? )?if (?:${YOURE}|you(?=\s)|(?:this|that|the above|it) (?:sounds like|describes|is) you\b|(?!(?:this|that|it|these|all of this|a portion|any of this|the (?:role|opportunity|position|job|challenge|above))\b)[^,.]{3,80}? (?:inspires|excites|appeals to|resonates with|motivates|drives|energi[sz]es|describes|sounds like) you\b)(?! (?:are |re )?(?:interested|thinking|looking|unsure|not sure|ready to apply|need|require|want|would like|have (?:any )?questions|are an? (?:current|former)|don['’]?t|do not|like what you|seeking|ready to|apply|applied|believe|can see yourself|excited about (?:this|the|our) (?:role|opportunity|position|job)))`,
  'i',
);
/** What follows the condition in an invitation. */
export const INVITE =
  /\b(?:apply|we(?:['’]?d| would| want| will)? (?:love|like|want|encourage|look forward)|join|talk to you|hear from you|place for you|for you!?$|role for you|fit for you|team for you|get in touch|check us out|chance to shine|read on|reach out|thrive|addition to|is for you|is the (?:place|team|role|company|opportunity)|find a home|feel at home|belong|opportunity (?:you['’]?ve been|for you)|(?:great|perfect|right) (?:fit|match|place))\b/i;

/** A question put to the candidate about themselves ("Are you a seasoned engineer with…?"). */
export const QUESTION =
  /^(?:are you (?:an? |the )?(?:[\w-]+,? ){0,4}?(?:with|who|passionate|excited|curious|eager|experienced|skilled|someone|energi[sz]ed|inspired|motivated|driven|thrilled)\b|do you (?:have|know|possess|bring)\b(?! (?:any )?questions)|do you (?:enjoy|love|like) (?!being\b)[a-z]+ing\b|have you (?:got|built|worked|led|managed|shipped|ever)\b)/i;
