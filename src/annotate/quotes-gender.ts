/**
 * What the text says about a person's gender, so "she" skips the men: honorifics and gendered role
 * words next to a mention, and a short list of common first names.
 */
import type { QuoteContext } from './quotes-context.js';

export type Gender = 'm' | 'f';

/** Honorifics, role and kinship words right before a name ("Ms. Merkel", "spokeswoman Hua Chunying", "a daughter, Bella,"). */
const FEMALE_BEFORE = /\b(?:(?:Ms|Mrs|Miss|Madam|Madame|Lady|Queen|Princess|Dame|spokeswoman|chairwoman|congresswoman|businesswoman|actress|Sister)\.?|(?:wife|mother|daughter|sister|widow|niece|aunt|granddaughter|grandmother|girlfriend),?)\s+(?:\p{Lu}[\p{L}-]*\s+)*$/u;
const MALE_BEFORE = /\b(?:(?:Mr|Sir|Lord|King|Prince|spokesman|chairman|congressman|businessman|Brother)\.?|(?:husband|father|son|brother|widower|nephew|uncle|grandson|grandfather|boyfriend),?)\s+(?:\p{Lu}[\p{L}-]*\s+)*$/u;
/** How far before a mention an honorific or title may sit. */
const TITLE_WINDOW = 40;

/** Common first names: enough to settle "he"/"she" in typical wire copy, not a census. Names used
 * by both sexes (and Chinese surnames written first) are left out: only explicit evidence decides. */
const FEMALE_NAMES = new Set([
  'Angela', 'Eleanor', 'Lois', 'Marilyn', 'Marjorie', 'Norma', 'Irene', 'Theresa', 'Hillary', 'Nancy', 'Kamala', 'Ursula', 'Christine', 'Jacinda', 'Marine',
  'Mary', 'Elizabeth', 'Anna', 'Maria', 'Sarah', 'Jane', 'Emma', 'Laura', 'Susan', 'Karen',
  'Linda', 'Julia', 'Sophie', 'Catherine', 'Margaret', 'Helen', 'Olga', 'Natalia', 'Yulia',
  'Giorgia', 'Kristalina', 'Janet', 'Liz', 'Emily', 'Alice', 'Meredith',
  // Common given names in English-language news.
  'Abigail', 'Amanda', 'Amy', 'Andrea', 'Ann', 'Anne', 'Barbara', 'Betsy', 'Betty', 'Beverly', 'Brenda',
  'Carly', 'Carol', 'Caroline', 'Carolyn', 'Cathy', 'Cheryl', 'Cindy', 'Claire', 'Claudia', 'Condoleezza',
  'Cynthia', 'Dana', 'Debbie', 'Deborah', 'Debra', 'Denise', 'Diana', 'Diane', 'Donna', 'Dorothy', 'Elaine',
  'Elena', 'Elise', 'Ellen', 'Evelyn', 'Gina', 'Gloria', 'Hannah', 'Heather', 'Heidi', 'Huma', 'Ivanka',
  'Jacqueline', 'Jan', 'Jeanne', 'Jennifer', 'Jessica', 'Jill', 'Joan', 'Joanna', 'Joni', 'Judith', 'Judy',
  'Julie', 'Katherine', 'Kathleen', 'Kathy', 'Katie', 'Kelly', 'Kellyanne', 'Kimberly', 'Kirsten', 'Kristen',
  'Lisa', 'Loretta', 'Lori', 'Lynn', 'Madeleine', 'Marcia', 'Maxine', 'Megan', 'Megyn', 'Melania', 'Melissa',
  'Michele', 'Michelle', 'Monica', 'Nicole', 'Nikki', 'Pamela', 'Patricia', 'Patty', 'Rachel',
  'Rebecca', 'Rosie', 'Ruth', 'Sally', 'Samantha', 'Sandra', 'Sharon', 'Sheila', 'Stephanie', 'Susana',
  'Suzanne', 'Tammy', 'Teresa', 'Tina', 'Tulsi', 'Valerie', 'Victoria', 'Virginia', 'Wendy',
  'Zoe', 'Zoë', 'Astrid', 'Margareta', 'Judit', 'Ingrid', 'Greta', 'Sonia', 'Sonja', 'Irina', 'Svetlana',
  'Tatiana', 'Yoko', 'Benazir', 'Indira', 'Golda', 'Hilary', 'Marianne', 'Martha', 'Mildred', 'Nina',
  'Olivia', 'Paula', 'Rosa', 'Rosalynn', 'Sophia', 'Stacey', 'Tracy', 'Ana', 'Carmen', 'Isabel', 'Lucia',
  'Marta', 'Silvia', 'Sylvia', 'Yvonne', 'Nadia', 'Leila', 'Fatima', 'Aisha', 'Maryam', 'Shirley', 'Joyce',
  'Kay', 'Marsha', 'Nita', 'Dianne', 'Louise', 'Grace', 'Anita', 'Rita', 'Doris', 'Frances', 'Kirstjen',
  'Tiffany', 'Crystal', 'Adriana', 'Georgina', 'Louisa', 'Brittany', 'Ashley', 'Amber', 'Jasmine', 'Kayla', 'Courtney',
  'Lauren', 'Kristin', 'Erin', 'Allison', 'Alyssa', 'Natalie', 'Vanessa', 'Brooke', 'Jenny', 'Melanie', 'Holly', 'Leigh',
]);
const MALE_NAMES = new Set([
  'Donald', 'Theodore', 'Frederick', 'Raymond', 'Philip', 'Marvin', 'Alvin', 'Lloyd', 'Elmer', 'Vernon', 'Clifford', 'Joe', 'Barack', 'George', 'Bill', 'Vladimir', 'Sergei', 'Sergey', 'Emmanuel',
  'Boris', 'Justin', 'John', 'James', 'Robert', 'Michael', 'David', 'Peter',
  'Paul', 'Mark', 'Thomas', 'Richard', 'Charles', 'Mike', 'Rex', 'Mohammed', 'Muhammad', 'Ali',
  'Recep', 'Narendra', 'Shinzo', 'Benjamin', 'Olaf', 'Rishi', 'Dmitry', 'Alexei',
  // Common given names in English-language news.
  'Adam', 'Al', 'Alan', 'Albert', 'Alexander', 'Andrew', 'Andy', 'Anthony', 'Arthur', 'Ben', 'Bernie', 'Bob',
  'Bobby', 'Brad', 'Brian', 'Bruce', 'Carl', 'Chris', 'Christopher', 'Chuck', 'Colin', 'Craig', 'Dan', 'Daniel',
  'Darrell', 'Dave', 'Dennis', 'Dick', 'Don', 'Doug', 'Douglas', 'Ed', 'Edward', 'Eric', 'Frank', 'Fred',
  'Gary', 'Gerald', 'Greg', 'Gregory', 'Harry', 'Henry', 'Howard', 'Jack', 'Jake', 'Jason', 'Jeb', 'Jeff',
  'Jeffrey', 'Jeremy', 'Jerry', 'Jim', 'Jimmy', 'Joel', 'Jon', 'Jonathan', 'Joseph', 'Josh', 'Juan', 'Keith',
  'Ken', 'Kenneth', 'Kevin', 'Larry', 'Lindsey', 'Marco', 'Martin', 'Matt', 'Matthew', 'Mitch', 'Mitt',
  'Newt', 'Nick', 'Patrick', 'Phil', 'Ralph', 'Rand', 'Randy', 'Reince', 'Rick', 'Ron', 'Ronald', 'Rudy',
  'Rush', 'Ryan', 'Sam', 'Samuel', 'Scott', 'Sean', 'Stephen', 'Steve', 'Steven', 'Ted', 'Tim', 'Timothy',
  'Todd', 'Tom', 'Tony', 'Walter', 'Wayne', 'William', 'Willie',
  'Hans', 'Klaus', 'Helmut', 'Gerhard', 'Jacques', 'Francois', 'François', 'Nicolas', 'Jean-Marc', 'Pierre',
  'Giuseppe', 'Silvio', 'Romano', 'Jose', 'José', 'Carlos', 'Luis', 'Miguel', 'Pedro', 'Hugo', 'Fidel', 'Raul',
  'Raúl', 'Ahmed', 'Hassan', 'Hussein', 'Saddam', 'Yasser', 'Ehud', 'Ariel', 'Shimon', 'Yitzhak', 'Kofi',
  'Thabo', 'Jacob', 'Roger', 'Stan', 'Vincent', 'Victor', 'Wesley', 'Franklin', 'Barron', 'Chad',
  'Trevor', 'Tyler', 'Kyle', 'Travis', 'Derek', 'Brandon', 'Aaron', 'Nathan', 'Ethan', 'Zachary', 'Jared', 'Seth', 'Caleb',
  'Marcus', 'Dustin', 'Corey', 'Cory', 'Shane', 'Glenn', 'Lance', 'Dwight', 'Clarence', 'Lamar', 'Darren', 'Jerome', 'Maurice',
  'Reggie', 'Cedric', 'Curtis', 'Jorge', 'Tino', 'Bernard', 'Leonard', 'Harold', 'Eugene', 'Roy', 'Earl',
  'Billy', 'Buck', 'Herb', 'Russ', 'Lucio', 'Xanana', 'Suharto', 'Sukarno',
  'Rod', 'Rodney', 'Trey', 'Devin', 'Jerrold', 'Rahm', 'Mick', 'Elijah',
]);
/** Gender evidence per person entity name; persons without evidence are absent. */
/** Role and kinship nouns that say a gender ("spokeswoman", "his brother"). */
const FEMALE_ROLE = /(?:\b|spokes|chair|congress|business|council|anchor|sales)(?:woman|women|wife|mother|daughter|sister|actress|girl|queen|princess|widow|aunt|niece|grandmother)$/i;
const MALE_ROLE = /(?:\b|spokes|chair|congress|business|council|anchor|sales)(?:man|men|husband|father|son|brother|actor|boy|king|prince|widower|uncle|nephew|grandfather)$/i;

/** The gender a description's head noun says ("the spokeswoman" 'f', "his brother" 'm'), if any. */
export function roleGender(description: string): Gender | undefined {
  const head = description.replace(/\s+(?:of|for)\s.*$/s, '').trim();
  if (FEMALE_ROLE.test(head)) return 'f';
  if (MALE_ROLE.test(head)) return 'm';
  return undefined;
}

/** The gender a full name's first word says, from the lists of common given names. */
export function givenNameGender(name: string): Gender | undefined {
  const first = name.split(/\s+/)[0] ?? '';
  return FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : undefined;
}

export function genderEvidence(ctx: QuoteContext): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const entity of ctx.entities) {
    if (entity.type !== 'person') continue;
    let gender = givenNameGender(entity.name);
    for (const mention of entity.mentions) {
      const before = ctx.text.slice(Math.max(0, mention.start - TITLE_WINDOW), mention.start);
      if (FEMALE_BEFORE.test(before)) gender = 'f';
      else if (MALE_BEFORE.test(before)) gender = 'm';
    }
    if (gender !== undefined) out.set(entity.name, gender);
  }
  return out;
}
