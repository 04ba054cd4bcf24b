/**
 * The parts of session 31's grids of requests (request-grid.ts builds them): ways of asking ("{A}"
 * takes the act, "{a}" its gerund), acts of connecting ("{T}" the target, "{B}" whom the act is
 * for, "{P}" their possessive, "{O}"/"{S}" a person as object or subject), and targets.
 */
export const FIRST_FRAMES = [
  "Could you {A}?",
  "Would you mind {a}?",
  "Any chance you could {A}?",
  "I was hoping you could {A}.",
  "Would it be possible for you to {A}?",
  "Do you think you could {A}?",
  "Is there any way you could {A}?",
  "I'd be grateful if you could {A}.",
  "can u {A}?",
  "Please {A}.",
  "Would you be willing to {A}?",
  "If you could {A}, that would be great.",
  "I'd really appreciate it if you would {A}.",
  "When you get a chance, could you {A}?",
  "Can I ask you to {A}?",
];

export const FIRST_ACTS: readonly (readonly [string, string])[] = [
  ["introduce me to {T}", "introducing me to {T}"],
  ["put me in touch with {T}", "putting me in touch with {T}"],
  ["connect me with {T}", "connecting me with {T}"],
  ["get me in front of {T}", "getting me in front of {T}"],
  ["get me on the phone with {T}", "getting me on the phone with {T}"],
  ["set up a call with {T} for me", "setting up a call with {T} for me"],
  ["arrange a meeting for me with {T}", "arranging a meeting for me with {T}"],
  ["pass my resume to {T}", "passing my resume to {T}"],
  ["forward my note to {T}", "forwarding my note to {T}"],
  ["mention me to {T}", "mentioning me to {T}"],
  ["put in a good word for me with {T}", "putting in a good word for me with {T}"],
  ["loop me in with {T}", "looping me in with {T}"],
  ["make an intro to {T} for me", "making an intro to {T} for me"],
  ["reach out to {T} on my behalf", "reaching out to {T} on my behalf"],
  ["ask {T} to give me a call", "asking {T} to give me a call"],
  ["have {T} get in touch with me", "having {T} get in touch with me"],
  ["send my details to {T}", "sending my details to {T}"],
  ["share my deck with {T}", "sharing my deck with {T}"],
  ["give {T} my number", "giving {T} my number"],
  ["recommend me to {T}", "recommending me to {T}"],
  ["refer me to {T}", "referring me to {T}"],
  ["hook me up with {T}", "hooking me up with {T}"],
  ["get me 15 minutes with {T}", "getting me 15 minutes with {T}"],
  ["link me up with {T}", "linking me up with {T}"],
  ["tell {T} about me", "telling {T} about me"],
  ["vouch for me with {T}", "vouching for me with {T}"],
  ["introduce my colleague Dana to {T}", "introducing my colleague Dana to {T}"],
  ["put my son in touch with {T}", "putting my son in touch with {T}"],
  ["pass Dana's CV along to {T}", "passing Dana's CV along to {T}"],
];

export const FIRST_TARGETS = [
  "Mary Jones at Acme",
  "your friend at Acme",
  "the head of HR at Acme",
  "someone at Acme",
  "your contact at Acme",
  "the right person at Acme",
];

export const SECOND_FRAMES = [
  "Could you possibly {A}?",
  "It would mean a lot if you could {A}.",
  "Think you could {A}?",
  "cld u {A}?",
  "Would you be so kind as to {A}?",
  "Would you kindly {A}?",
  "If it's not too much trouble, could you {A}?",
  "I'd love it if you could {A}.",
  "Might you be able to {A}?",
  "Would you consider {a}?",
  "Is there a chance you'd {A}?",
  "I wonder if you might {A}.",
  "Happy to return the favour if you can {A}.",
  "Any way you can {A}?",
  "I'd appreciate your help to {A}.",
];

export const SECOND_ACTS: readonly (readonly [string, string])[] = [
  ["make an introduction to {T}", "making an introduction to {T}"],
  ["nudge {T} to call me", "nudging {T} to call me"],
  ["drop {T} a line about me", "dropping {T} a line about me"],
  ["ask {T} if she'd meet me", "asking {T} if she'd meet me"],
  ["see if {T} would meet with me", "seeing if {T} would meet with me"],
  ["forward this to {T}", "forwarding this to {T}"],
  ["put {T} and me in touch", "putting {T} and me in touch"],
  ["broker an introduction to {T}", "brokering an introduction to {T}"],
  ["open a door for me with {T}", "opening a door for me with {T}"],
  ["send my name to {T}", "sending my name to {T}"],
  ["float my name to {T}", "floating my name to {T}"],
  ["introduce us to {T}", "introducing us to {T}"],
  ["get {T} to meet with me", "getting {T} to meet with me"],
  ["set me up with {T}", "setting me up with {T}"],
  ["let {T} know I'd like to talk", "letting {T} know I'd like to talk"],
  ["pass my number along to {T}", "passing my number along to {T}"],
  ["cc me when you write to {T}", "cc'ing me when you write to {T}"],
  ["mention my company to {T}", "mentioning my company to {T}"],
  ["point {T} in my direction", "pointing {T} in my direction"],
  ["ask {T} to take a look at my proposal", "asking {T} to take a look at my proposal"],
  ["get my application in front of {T}", "getting my application in front of {T}"],
];

export const SECOND_TARGETS = [
  "Dr. Okafor",
  "the folks at Acme",
  "whoever runs sales at Acme",
  "your old boss",
  "your brother-in-law at Acme",
  "Priya at Acme",
];

export const THIRD_FRAMES = [
  "Could you {A}?",
  "Would you {A}?",
  "If you'd {A}, that would be great.",
  "I was wondering whether you'd {A}.",
  "Can you please {A}?",
  "Would you be willing to {A}?",
];

/** [whom the act is for, their possessive] */
export const THIRD_FOR_WHOM = [
  ["me", "my"],
  ["my client", "my client's"],
  ["my son", "my son's"],
  ["her", "her"],
  ["him", "his"],
  ["our team", "our team's"],
] as const;

export const THIRD_ACTS = [
  "arrange a short meeting for {B} with {T}",
  "set up a lunch with {T} and {B}",
  "arrange a call between {B} and {T}",
  "send {P} portfolio over to {T}",
  "pass {P} resume across to {T}",
  "get {B} in a room with {T}",
  "send a note to {T} mentioning {B}",
  "put in a word for {B} with {T}",
  "get {B} a meeting with {T}",
  "introduce {B} to {T}",
  "connect {B} with {T}",
  "put {B} in touch with {T}",
  "forward {P} details on to {T}",
  "get {B} some time with {T}",
  "set {B} up with a call with {T}",
  "make sure {T} hears from {B}",
];

export const THIRD_TARGETS = [
  "the director of the Barbican",
  "the principal at Foster + Partners",
  "your CTO",
  "the GM of the Fairmont",
  "Dr. Berg",
  "the partner you mentioned",
];

export const FOURTH_FRAMES = [
  "Could you {A}?",
  "Would you mind {a}?",
  "I was hoping you could {A}.",
  "Per my client's request, could you {A}?",
  "When you see her, could you {A}?",
  "Would you be willing to {A}?",
];

export const FOURTH_ACTS: readonly (readonly [string, string])[] = [
  ["facilitate a meeting between {O} and {T}", "facilitating a meeting between {O} and {T}"],
  ["tell {T} that we'd like to meet", "telling {T} that we'd like to meet"],
  ["tell {T} that {S} would like to meet", "telling {T} that {S} would like to meet"],
  ["ask {T} whether she'd call us", "asking {T} whether she'd call us"],
  ["ask {T} if he'd be willing to meet {O}", "asking {T} if he'd be willing to meet {O}"],
  ["arrange for {O} to speak with {T}", "arranging for {O} to speak with {T}"],
  ["let {T} know to expect our letter", "letting {T} know to expect our letter"],
  ["tell {T} that {S} is interested", "telling {T} that {S} is interested"],
  ["let {T} know that {S} would like an introduction", "letting {T} know that {S} would like an introduction"],
];

/** [as an object, as a subject] */
export const FOURTH_PEOPLE = [
  ["me", "I"],
  ["my client", "my client"],
  ["Mr. Tanaka", "Mr. Tanaka"],
  ["our director", "our director"],
  ["my brother", "my brother"],
] as const;

export const FOURTH_TARGETS = [
  "the head of geotech at Anglo",
  "the person in charge of your tailings dam monitoring",
  "the planning director for the Westbrook redevelopment",
  "your brother",
  "your collaborator at the Broad",
  "Dr. Gary Hollis",
];

export const FIFTH_FRAMES = [
  "Could you help me {A}?",
  "Kindly {A}.",
  "Can you help {A}?",
  "I'd appreciate it if you could {A}.",
  "Any chance you'd be up for {a}?",
  "Would you be open to {a}?",
  "Could you see your way to {a}?",
  "pls {A} if u can",
  "Need a favor - can you {A}?",
  "Would love it if you could {A}.",
];

export const FIFTH_ACTS: readonly (readonly [string, string])[] = [
  ["get in touch with {T} for {B}", "getting in touch with {T} for {B}"],
  ["put {B} in contact with {T}", "putting {B} in contact with {T}"],
  ["set up an intro between {B} and {T}", "setting up an intro between {B} and {T}"],
  ["make the connection between {B} and {T}", "making the connection between {B} and {T}"],
  ["get {B} connected to {T}", "getting {B} connected to {T}"],
  ["pass {P} name along to {T}", "passing {P} name along to {T}"],
  ["pass on {P} contact info to {T}", "passing on {P} contact info to {T}"],
  ["see that {P} resume gets to {T}", "seeing that {P} resume gets to {T}"],
  ["get {P} resume to {T}", "getting {P} resume to {T}"],
  ["reach out to {T} about {B}", "reaching out to {T} about {B}"],
  ["introduce {B} to {T} by email", "introducing {B} to {T} by email"],
  ["loop {T} in on {P} project", "looping {T} in on {P} project"],
];

/** [whom the act is for, their possessive] */
export const FIFTH_FOR_WHOM = [
  ["me", "my"],
  ["my nephew", "my nephew's"],
  ["a friend of mine", "my friend's"],
  ["our CEO", "our CEO's"],
  ["a former colleague of mine", "my former colleague's"],
] as const;

export const FIFTH_TARGETS = [
  "jim at enron",
  "someone over there",
  "your guy at Exxon",
  "the folks over at Dynegy",
  "Professor Lang",
  "whoever runs trading at Williams",
];

/** The same acts where nothing is asked: the writer's own plan, thanks, an ask withdrawn or done. */
export const NOT_ASKING_FRAMES = [
  "I'll {A} tomorrow.",
  "Thanks so much for {a}!",
  "No need to {A} after all.",
  "Sam already offered to {A}, so we're set.",
  "I forgot to {A} last week, sorry.",
  "She decided not to {A}.",
];
