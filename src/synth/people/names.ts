// Names for synthetic people: common in England and Wales (ONS baby names and surname counts give the flavour;
// these lists and their weights are the project's own, not published figures). First entries are most common.

/** Given names for women and girls, most common first. */
export const GIVEN_NAMES_FEMALE: readonly string[] = (
  "Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie " +
  "Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Ellie Millie Ada " +
  "Margaret Elizabeth Catherine Katherine Susan Patricia Deborah Jennifer Rebecca Victoria Samantha Christine " +
  "Alexandra Charlotte Joan Dorothy Helen Sarah Karen Julie Lisa Claire Emma Joanne Nicola Rachel Laura Hannah " +
  "Amy Chloe Jessica Megan Lauren Zainab Aisha Fatima Priya Anjali Maryam Agnieszka Oksana Chiamaka Ngozi"
).split(" ");

/** Given names for men and boys, most common first. */
export const GIVEN_NAMES_MALE: readonly string[] = (
  "Muhammad Noah Oliver George Leo Arthur Oscar Theodore Freddie Theo Archie Harry Jack Henry Charlie Finley " +
  "Alfie Jacob Thomas William James Edward Joshua Alexander Daniel Samuel Benjamin Matthew Michael David John " +
  "Robert Richard Christopher Andrew Anthony Stephen Peter Paul Mark Gary Kevin Ian Stuart Neil Craig Darren " +
  "Jonathan Nicholas Patrick Joseph Frederick Gregory Lee Dean Wayne Ryan Liam Connor Kieran Callum Bartosz " +
  "Tomasz Oluwaseun Chinedu Rahul Arjun Imran Bilal Hamza Yusuf Ibrahim Kwame Emeka Stanislav Dmitri"
).split(" ");

/** Family names, most common first. */
export const FAMILY_NAMES: readonly string[] = (
  "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker " +
  "White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris " +
  "Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young " +
  "Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan " +
  "Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali " +
  "Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher " +
  "Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart " +
  "Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill " +
  "Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson " +
  "Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland " +
  "Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates " +
  "Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton " +
  "Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy " +
  "Chambers Okafor Adeyemi Kowalski Nowak Nguyen Chen Osei Mensah Achterberg Fairweather Quigley Ravenscroft"
).split(" ");

/** Street names. */
export const STREETS: readonly string[] = (
  "High Street|Station Road|Church Lane|Park Road|Victoria Road|Green Lane|Manor Road|Church Street|Park Avenue|" +
  "The Avenue|Queens Road|New Road|Grange Road|Kings Road|Mill Lane|Windsor Road|Highfield Road|Springfield Road|" +
  "Stanley Road|Alexandra Road|Richmond Road|Albert Road|Chester Road|London Road|Main Street|York Road|Oak Road|" +
  "Elm Grove|Beech Avenue|Cedar Close|Maple Drive|Willow Way|Ash Grove|Orchard Close|Mount Pleasant|Bridge Street"
).split("|");

/** Post towns, with a postcode area for each. */
export const TOWNS: readonly (readonly [string, string])[] = [
  ["Liverpool", "L"],
  ["Manchester", "M"],
  ["Leeds", "LS"],
  ["Sheffield", "S"],
  ["Bristol", "BS"],
  ["Nottingham", "NG"],
  ["Leicester", "LE"],
  ["Coventry", "CV"],
];

/** Email domains. */
export const EMAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "hotmail.co.uk",
  "outlook.com",
  "yahoo.co.uk",
  "btinternet.com",
  "icloud.com",
];
