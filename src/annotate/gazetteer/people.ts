/**
 * Widely reported public figures, so that a surname alone ("Putin", "Asad") can be named in full
 * even when an article never gives the full name. Spelling variants are aliases.
 */
export const KNOWN_PEOPLE: readonly { readonly name: string; readonly aliases: readonly string[] }[] = [
  { name: 'Vladimir Putin', aliases: ['Putin'] },
  { name: 'Donald Trump', aliases: ['Trump'] },
  { name: 'Xi Jinping', aliases: ['Xi'] },
  { name: 'Bashar al-Assad', aliases: ['Assad', 'Asad', 'al-Assad', 'al-Asad', 'Bashar Assad', 'Bashar al-Asad'] },
  { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim Jong-Un'] },
  { name: 'Barack Obama', aliases: ['Obama'] },
  { name: 'Joe Biden', aliases: ['Biden'] },
  { name: 'Hillary Clinton', aliases: [] },
  { name: 'Angela Merkel', aliases: ['Merkel'] },
  { name: 'Emmanuel Macron', aliases: ['Macron'] },
  { name: 'Theresa May', aliases: [] },
  { name: 'Boris Johnson', aliases: [] },
  { name: 'Shinzo Abe', aliases: ['Abe'] },
  { name: 'Moon Jae-in', aliases: ['Moon Jae-In'] },
  { name: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Erdoğan'] },
  { name: 'Benjamin Netanyahu', aliases: ['Netanyahu'] },
  { name: 'Narendra Modi', aliases: ['Modi'] },
  { name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy'] },
  { name: 'Alexander Lukashenko', aliases: ['Lukashenko'] },
  { name: 'Li Keqiang', aliases: [] },
  { name: 'Wang Qishan', aliases: [] },
  { name: 'Sergei Lavrov', aliases: ['Lavrov'] },
  { name: 'Mike Pompeo', aliases: ['Pompeo'] },
  { name: 'Ali Khamenei', aliases: ['Khamenei'] },
  { name: 'Hassan Rouhani', aliases: ['Rouhani'] },
];
