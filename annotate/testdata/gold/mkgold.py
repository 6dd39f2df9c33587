# Regenerates the gold files from the hand-made name lists below: every
# whole-word, case-sensitive occurrence of each name, longest first, not
# overlapping. Run from this folder with the shared corpus beside the repo:
#   python3 mkgold.py
# The lists are the annotation; the script only finds their offsets.
#
# An entry is (name, type), or (context, type, name) when the same words
# are of two types in one article ("in Pittsburgh" a place, "Pittsburgh
# center" a team): the name is annotated where the context occurs. A type
# of None marks words that are no entity though they hold a name
# ("London-based"), so the name is not annotated there.
import json, re, sys
d = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '../../../../shared/corpus/aeb-dev/ground-truth.json'))
P, O, L, E, W, X = 'person', 'organization', 'place', 'event', 'work', 'other'
gold = {
 'esper-vietnam': ('db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754', [
   ('HANOI', L), ('Vietnam', L), ('AP', O), ('U.S.', L), ('Mark Esper', P), ('Esper', P), ('China', L),
   ('South China Sea', L), ('Diplomatic Academy of Vietnam', O), ('Beijing', L), ('United States', L),
   ('Communist Party', O), ('Hoa Lo', L), ('Hanoi Hilton', L), ('Vietnam War', E), ('John McCain', P),
   ('Navy', O), ('Hanoi', L)]),
 'afghanistan-helicopter': ('7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f', [
   ('United States', L), ('Afghanistan', L), ('US', L), ('Taliban', O), ('Logar', L), ('Kabul', L),
   ('Chinook', X), ('Mujahideen', O), ('Pangram', L), ('Sarkh', L), ('Zabihullah Mujahid', P), ('Mujahid', P),
   ('Washington', L), ('September 11, 2001 attacks', E), ('Donald Trump', P), ('Mark Milley', P),
   ('Joint Chiefs of Staff', O), ('United Nations', O)]),
 'hong-kong-polytechnic': ('624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35', [
   ('Polytechnic University', O), ('Hong Kong', L), ('Beijing', L), ('China', L), ('Britain', L), ('UK', L),
   ('US', L), ('Cheuk Hau-yip', P), ('Kowloon West', L), ('Liu Xiaming', P), ('Liu', P),
   ('People’s Liberation Army', O), ('Chris Tang', P)]),
 'south-dakota-meth': ('156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38', [
   ('South Dakota', L), ('Kristi Noem', P), ('Noem', P), ('Twitter', O), ('SD', L), ('Sioux Falls Argus Leader', O),
   ('North Dakota', L), ('Robert Maguire', P), ('Department of Social Services', O),
   ('National Institute on Drug Abuse', O), ('U.S.', L), ('The Hill', O)]),
 'omar-threat-plea': ('6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85', [
   ('U.S. Attorney’s Office for the Western District of New York', O), ('New York', L), ('Ilhan Omar', P),
   ('Omar', P), ('Patrick Carlineo Jr.', P), ('U.S. Capitol Police', O), ('U.S.', L), ('James Kennedy Jr.', P),
   ('Sonya A. Zoghlin', P), ('Carlineo', P), ('The Hill', O), ('Pat Carlineo', P), ('FBI', O), ('Trump', P),
   ('Alexandria Ocasio-Cortez', P), ('Fox News', O), ('Jeanine Pirro', P), ('Twitter', O),
   ('Patrick W. Carlineo', P), ('N.Y.', L)]),
 'taliban-hostage-swap': ('a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31', [
   ('Taliban', O), ('Afghanistan', L), ('Kevin King', P), ('Timothy Weeks', P), ('American University of Kabul', O),
   ('US', L), ('Zabul', L), ('Agence France-Presse', O), ('Qatar', L), ('Kabul', L), ('Anas Haqqani', P),
   ('Sirajuddin Haqqani', P), ('Haqqani network', O), ('Doha', L), ('Mike Pompeo', P), ('United States', L),
   ('White House', L), ('Stephanie Grisham', P), ('Ashraf Ghani', P), ('Scott Morrison', P), ('Weeks', P),
   ('King', P), ('Washington', L), ('Trump', P)]),
}
new = {}
new = {
 'prince-andrew-interview': ('87bf60570e', [
   ('The Crown', W), ('Netflix', O), ('Andrew', P), ('Jeffrey Epstein', P), ('Epstein', P), ('BBC', O),
   ('Emily Maitlis', P), ('Maitlis', P), ('Elizabeth II', P), ('Virginia Giuffre', P), ('Giuffre', P),
   ('Pizza Express', O), ('Woking', L), ('National Society for the Prevention of Cruelty to Children', O),
   ('Full Stop', X), ('Bill Clinton', P), ('Trump', P), ('Katie Couric', P), ('George Stephanopoulos', P),
   ('Chelsea Handler', P)]),
 'israeli-settlements': ('833caf3bdb', [
   ('United States', L), ('United Nations', O), ('European Union', O), ('Arab League', O), ('US', L),
   ('Mike Pompeo', P), ('Benjamin Netanyahu', P), ('Pompeo', P), ('Washington', L), ('Security Council', O),
   ('United Nations High Commissioner for Human Rights', O), ('International Court of Justice', O),
   ('UN Security Council', O), ('EU', O), ('Netanyahu', P), ('Gush Etzion', L), ('West Bank', L),
   ('Jerusalem', L), ('State of Israel', L), ('Donald Trump', P), ('Israel', L), ('Six-Day War', E),
   ('Trump', P), ('Palestinian Authority', O), ('Egypt', L), ('Jordan', L), ('Ayman Safadi', P),
   ('Saeb Erekat', P), ('Erekat', P), ('UN', O), ('General Assembly', O), ('International Criminal Court', O),
   ('ICC', O), ('Russia', L), ('Foreign Office', O), ('UK', L), ('Avi Bell', P), ('Kohelet Policy Forum', O)]),
 'wework-attorney-general': ('1ace8c85aa', [
   ('WeWork', O), ('New York State Attorney General', O), ('Reuters', O), ('NYAG', O), ('Adam Neumann', P),
   ('Neumann', P), ('New York City', L), ('Bloomberg', O), ('U.S. Securities and Exchange Commission', O),
   ('The We Company', O), ('SoftBank', O), ('Meetup', O)]),
 'asian-markets': ('d605bdef2c', [
   ('Hong Kong', L), ('CNN Business', O), ('US', L), ('China', L), ('CNBC', O), ('Beijing', L),
   ('Donald Trump', P), ('Japan', L), ('Nikkei 225', X), ('N225', X), ('South Korea', L), ('Kospi Index', X),
   ('KOSPI', X), ('Shanghai Composite', X), ('SHCOMP', X), ('Hang Seng Index', X), ('HSI', X), ('Asia', L),
   ('Jeffrey Halley', P), ('Oanda', O), ('Trump', P), ('Xi Jinping', P), ('Huawei', O)]),
 'home-depot-earnings': ('51374560f4', [
   ('Dow', X), ('Home Depot', O), ("Lowe's", O), ('THE HOME DEPOT INC.', O), ("LOWE'S COMPANIES INC.", O),
   ('Wall Street', L), ('Refinitiv', O), ('One Home Depot', X), ('Craig Menear', P), ('Menear', P),
   ('S&P 500', X)]),
 'browns-steelers-fight': ('08f7937627', [
   ('Steelers', O), ('Browns', O), ('Myles Garrett', P), ('Pittsburgh center', O, 'Pittsburgh'),
   ('Maurkice Pouncey', P), ('Cleveland', O), ('Larry Ogunjobi', P), ('Pittsburgh quarterback', O, 'Pittsburgh'),
   ('Mason Rudolph', P), ('Sheldon Richardson', P), ('Rudolph', P), ('Garrett', P), ('Richardson', P),
   ('USA Today', O), ('CBS Sports', O), ('NFL', O), ('Jason La Canfora', P), ('Trey Edmunds', P),
   ('Cam Heyward', P), ('Heyward', P), ('Brian Batko', P), ('Pittsburgh Post-Gazette', O),
   ('in Pittsburgh', L, 'Pittsburgh'), ('Heinz Field', L), ('Cincinnati', O)]),
 'eastern-michigan-football': ('65ce3a4577', [
   ('Dekalb', L), ('Ill.', L), ('Mike Glass', P), ('Eastern Michigan', O), ('Northern Illinois', O),
   ('Eagles', O), ('Huskies', O), ('NIU', O), ('Mid-American Conference West Division', O), ('West Division', O),
   ('Shaq Vann', P), ('Arthur Jackson', P), ('Glass', P), ('Marcus Childers', P), ('Tre Harbison', P),
   ('Tanner Morgan', P), ('Minnesota', O), ('Northwestern', O), ('P.J. Fleck', P), ('Morgan', P), ('Big Ten', O),
   ('Gophers', O), ('Wildcats', O), ('Wisconsin', O), ('Jacob Clark', P), ('Cole Kramer', P), ('Fleck', P),
   ('Penn State', O), ('Sean Clifford', P), ('Nittany Lions', O), ('Vanderbilt', O), ('Malcolm Turner', P),
   ('Derek Mason', P), ('Commodores', O)]),
}
new.update({
 'astronaut-hibernation': ('e1c7023ee2', [
   ('2001: A Space Odyssey', W), ('Event Horizon', W), ('Alien', W), ('Passengers', W), ('ESA', O),
   ('Discovery', X), ('Basic Activities', X), ('Future Technology Advisory Panel', O), ('Topical Team', O),
   ('SciSpacE', O), ('Concurrent Design Facility', O), ('Mars', L), ('ESA Topical Team', O),
   ('Ludwig Maximilian University of Munich', O), ('University of Goethe', O), ('Frankfurt', L), ('CDF', O),
   ('Robin Biesbroek', P), ('Earth', L), ('Jennifer Ngo-Anh', P), ('G. Petit', P),
   ('Hibernation and Torpor: Prospects for Human Spaceflight', W),
   ('Handbook of Life Support Systems for Spacecraft and Extraterrestrial Habitats', W),
   ('European Space Agency', O)]),
 'plague-hunter': ('8b19453030', [
   ('China', L), ('Beijing', L), ('Black Death', E), ('Inner Mongolia', L), ('Ziketan', L), ('Qinghai', L),
   ('Tibetan Plateau', L), ('Mongolia', L), ('Uglii', L), ('World Health Organization', O), ('WHO', O),
   ('Europe', L)]),
 'columbus-drug-arrests': ('961bd85ca8', [
   ('Columbus Police Department Intelligence Led Policing Unit', O), ('Seventh Street', L), ('Central Avenue', L),
   ('Elizabeth A. Burton', P), ('Eighth St.', L), ('Matt Harris', P), ('Columbus Police Department', O),
   ('Christopher L. Tays', P), ('Franklin', L), ('17th Street', L), ('Gladstone Avenue', L), ('Harris', P),
   ('Bartholomew County Sheriff’s Department', O), ('Tays', P), ('Suboxone', X), ('Jonathan P. Blair', P),
   ('Jolinda Drive', L), ('Blair', P), ('Ryan S. Hollman', P), ('Hope', L), ('Victor N. Burton', P),
   ('County Road 600S', L), ('Joint Narcotics Enforcement Team', O), ('Caldwell Place', L),
   ('Christopher D. Battin', P), ('Bartholomew County Jail', L), ('Bartholomew County', L)]),
})
new.update({
 'fort-worth-kidnapping': ('2c46804d9d', [
   ('Fort Worth', L), ('CBS DFW', O), ('Michael Webb', P), ('FBI', O), ('Webb', P), ('Forest Hill', L),
   ('WoodSpring Suites', L), ('Ford', X), ('Fort Worth Police Department', O), ('6th Avenue', L),
   ('Nealy Cox', P)]),
 'meth-campaign-spokane': ('c13b9c0e04', [
   ('South Dakota', L), ('Michelle Hege', P), ('Hege', P), ('DH', O), ('Spokane', L),
   ('Washington Healthcare Authority', O), ('Julie Graham', P), ('Washington State Department of Health', O),
   ('Graham', P), ('Jeff Sanborn', P), ('Chapter & Verse', O), ('Seattle', L), ('Minneapolis-based', None),
   ('Sanborn', P), ('America', L)]),
 'doobie-brothers-tour': ('ac1bfdd4c5', [
   ('Doobie Brothers', O), ('Michael McDonald', P), ('Tom Johnston', P), ('Patrick Simmons', P), ('McDonald', P),
   ('John McFee', P), ('Simmons', P), ('Johnston', P), ('Toulouse Street', W), ('The Captain and Me', W),
   ('Takin’ It to the Streets', W), ('Black Water', W), ('What a Fool Believes', W), ('50th Anniversary Tour', E),
   ('Live Nation', O), ('Ryman Auditorium', L),
   ('West Palm Beach', L), ('Florida', L), ('Houston', L), ('Texas', L), ('Nashville', L), ('Greenville', L),
   ('South Carolina', L), ('Las Vegas', L), ('FL', L), ('Tampa', L), ('Alpharetta', L), ('GA', L), ('TN', L),
   ('Charlotte', L), ('NC', L), ('Raleigh', L), ('Virginia Beach', L), ('VA', L), ('Bristow', L),
   ('Allentown', L), ('PA', L), ('Camden', L), ('NJ', L), ('Holmdel', L), ('Wantagh', L), ('NY', L),
   ('Uncasville', L), ('CT', L), ('Mansfield', L), ('MA', L), ('Toronto', L), ('ON', L), ('Cuyahoga Falls', L),
   ('OH', L), ('Saratoga Springs', L), ('Noblesville', L), ('IN', L), ('Clarkston', L), ('MI', L),
   ('Cincinnati', L), ('Tinley Park', L), ('IL', L), ('Chicago', L), ('St. Louis', L), ('MO', L), ('Denver', L),
   ('CO', L), ('Salt Lake City', L), ('UT', L), ('Seattle', L), ('WA', L), ('Mountain View', L), ('CA', L),
   ('Los Angeles', L), ('Phoenix', L), ('AZ', L), ('Irving', L), ('TX', L),
   ('Coral Sky Amphitheatre', L), ('MIDFLORIDA Credit Union Amphitheatre', L), ('Ameris Bank Amphitheatre', L),
   ('Verizon Amphitheatre', L), ('Bridgestone Arena', L), ('PNC Music Pavilion', L),
   ('Coastal Credit Union Music Park at Walnut Creek', L), ('Veterans United Home Loans Amphitheater at Virginia Beach', L),
   ('Jiffy Lube Live', L), ('PPL Center', L), ('BB&T Pavilion', L), ('PNC Bank Arts Center', L),
   ('Northwell Health at Jones Beach Theater', L), ('Mohegan Sun Arena', L), ('Xfinity Center', L),
   ('Budweiser Stage', L), ('Blossom Music Center', L), ('Saratoga Performing Arts Center', L),
   ('Ruoff Home Mortgage Music Center', L), ('DTE Energy Music Theatre', L), ('Riverbend Music Center', L),
   ('Hollywood Casino Amphitheatre', L), ('Pepsi Center', L), ('USANA Amphitheatre', L),
   ('White River Amphitheatre', L), ('Shoreline Amphitheatre', L), ('The Forum', L), ('Ak-Chin Pavilion', L),
   ('Toyota Music Factory', L), ('The Cynthia Woods Mitchell Pavilion', L)]),
})
new.update({
 'uk-tories-factcheck': ('e7994d5500', [
   ('LONDON', L), ('AP', O), ('Britain', L), ('Conservative Party', O), ('Twitter', O), ('factcheckUK', O),
   ('Boris Johnson', P), ('Labour Party', O), ('Jeremy Corbyn', P), ('Johnson', P), ('CCHQ Press', O),
   ('Will Moy', P), ('London-based', None), ('Full Fact', O), ('BBC', O), ('Dominic Raab', P),
   ('Conservatives', O), ('Raab', P), ('U.K.', L), ('Electoral Commission', O), ('Keir Starmer', P),
   ('Starmer', P), ('Brexit-weary', None), ('Brexit', E), ('Corbyn', P), ('EU', O), ('Liberal Democrat', O),
   ('Nick Clegg', P), ('Clegg', P), ('Facebook', O)]),
 'border-drug-seizures': ('9e8c9f082a', [
   ('David McKinley', P), ('W.Va.', L), ('U.S.', L), ('Mexico', L), ('McAllen', L), ('Texas', L),
   ('United States', L), ('McKinley', P), ('Intelligencer', O), ('Wheeling News-Register', O), ('PolitiFact', O),
   ('Customs and Border Protection', O), ('Drug Enforcement Administration', O), ('University of Colorado', O),
   ('Orange County', L), ('Calif.', L), ('Bruce Bagley', P), ('University of Miami', O), ('Colorado', L),
   ('DEA', O)]),
 'hong-kong-editorial': ('5fa3154ec0', [
   ('Hong Kong', L), ('People’s Daily', O), ('Communist party', O), ('Beijing', L),
   ('Hong Kong Polytechnic University', O), ('People’s Liberation Army', O), ('Xi Jinping', P), ('Xinjiang', L),
   ('New York Times', O), ('Xi', P), ('Taiwan', L), ('Tsai Ing-wen', P), ('Democratic Progressive party', O),
   ('Hong Kong Human Rights and Democracy Act', X), ('US Senate', O), ('Tiananmen Square', L),
   ('Soviet Union', L), ('Britain', L), ('China', L)]),
})
new.update({
 'wework-layoffs': ('bc13ff87b2', [
   ('WeWork', O), ('Marcelo Claure', P), ('U.S.', L), ('Claure', P), ('The Real Deal', O), ('TRD', O),
   ('Adam Neumann', P), ('SoftBank', O), ('WeWorkers Coalition', O), ('JLL', O), ('Twitter', O)]),
 'coty-kylie-jenner': ('ffc109d474', [
   ('Coty', O), ('Kylie Jenner', P), ('Matt Maley', P), ('Miller Tabak', O), ('Maley', P), ('CNBC', O),
   ('Trading Nation', W), ('John Petrides', P), ('Tocqueville Asset Management', O), ('Petrides', P),
   ('Jenner', P), ('Ulta Beauty', O), ('Ulta', O)]),
 'emirates-boeing-order': ('374ac9a59a', [
   ('DUBAI', L), ('United Arab Emirates', L), ('Dubai', L), ('Emirates Airline', O), ('Boeing', O),
   ('787-9 Dreamliner', X), ('Dubai Air Show', E), ('Emirates', O), ('U.S.', L), ('Dreamliner', X),
   ('737 Max', X), ('787 Dreamliner', X), ('Biman Bangladesh Airlines', O), ('SunExpress', O),
   ('Kazakhstan', L), ('Air Astana', O), ('Tim Clark', P), ('Clark', P), ('Airbus', O), ('A350-900', X),
   ('A330neo', X), ('A350', X), ('A380', X)]),
})
new.update({
 'nasa-lunar-landers': ('d1c57d7821', [
   ('WASHINGTON', L), ('NASA', O), ('Blue Origin', O), ('SpaceX', O), ('Ceres Robotics', O),
   ('Sierra Nevada Corporation', O), ('SNC', O), ('Tyvak Nano-Satellite Systems', O),
   ('Commercial Lunar Payload Services', X), ('CLPS', X), ('Volatiles Investigating Polar Exploration Rover', X),
   ('VIPER', X), ('Steve Clarke', P), ('Starship', X), ('Gwynne Shotwell', P), ('Starhip', X), ('Earth', L),
   ('Shotwell', P), ('COTS', X), ('Commercial Orbital Transportation Services', X), ('Blue Moon', X),
   ('Brent Sherwood', P), ('Moon Express', O), ('Moon', L), ('John Roth', P), ('Roth', P), ('Dream Chaser', X),
   ('Michael Sims', P), ('Tyvak', O), ('Marco Villa', P), ('Astrobotic', O), ('Deep Space Systems', O),
   ('Draper', O), ('Firefly Aerospace', O), ('Intuitive Machines', O), ('Lockheed Martin', O),
   ('Masten Space Systems', O), ('OrbitBeyond', O), ('Clarke', P)]),
 'islanders-comeback': ('ecb46e3e48', [
   ('Pittsburgh Penguins', O), ('Pittsburgh', L), ('Brock Nelson', P), ('New York Islanders', O), ('Islanders', O),
   ('Josh Bailey', P), ('Ryan Pulock', P), ('Nelson', P), ('Matt Murray', P), ('Anthony Beauvillier', P),
   ('Semyon Varlamov', P), ('as New York improved', O, 'New York'), ('in New York', L, 'New York'),
   ('Wild', O), ('Sabres', O), ('Zach Parise', P), ('Alex Stalock', P), ('Minnesota', O), ('Buffalo', O),
   ('Jason Zucker', P), ('Jonas Brodin', P), ('Brandon Montour', P), ('Linus Ullmark', P), ('Bruins', O),
   ('Devils', O), ('David Pastrnak', P), ('Matt Grzelcyk', P), ('Brad Marchand', P), ('Boston', O),
   ('Tuukka Rask', P), ('New Jersey native', L, 'New Jersey'), ('Connor Clifton', P), ('Blake Coleman', P),
   ('for New Jersey', O, 'New Jersey'), ('Panthers', O), ('Flyers', O), ('Aleksander Barkov', P),
   ('Brett Connolly', P), ('Florida', O), ('Jonathan Huberdeau', P), ('Colton Sceviour', P), ('Mike Hoffman', P),
   ('Evgenii Dadonov', P), ('Sergei Bobrovsky', P), ('Blue Jackets', O), ('Canadiens', O),
   ('Pierre-Luc Dubois', P), ('Emil Bemstrom', P), ('Columbus', O), ('Montreal', O), ('Joonas Korpisalo', P),
   ('Eric Robinson', P), ('Boone Jenner', P), ('Artturi Lehkonen', P), ('Joel Armia', P), ('Senators', O),
   ('Red Wings', O), ('Anthony Duclair', P), ('Ottawa', O), ('Detroit', O), ('John Gabriel Pageau', P),
   ('Brady Tkachuk', P), ('Anders Nilsson', P), ('Valtteri Filppula', P), ('Robby Fabbri', P),
   ('Anthony Mantha', P), ('Jets', O), ('Predators', O), ('Patrik Laine', P), ('Nikolaj Ehlers', P),
   ('Connor Hellebuyck', P), ('Winnipeg', O), ('Nashville', O), ('Central Division', O), ('Blues', O),
   ('Lightning', O), ('Oskar Sundqvist', P), ('David Perron', P), ('lead St. Louis', O, 'St. Louis'),
   ('Tampa Bay', O), ('Pat Maroon', P), ('Stanley Cup', E), ('Maroon', P), ('a St. Louis native', L, 'St. Louis'),
   ('Hurricanes', O), ('Blackhawks', O), ('Nino Niederreiter', P), ('Carolina', O), ('Chicago', O),
   ('Garnet Hathaway', P), ('Capitals', O), ('NHL', O), ('Hathaway', P), ('Anaheim', O),
   ('Erik Gudbranson', P), ('Rangers', O)]),
})
new.update({
 'brevard-school-roundup': ('c81e134ed4', [
   ('Palm Bay Magnet', O), ('Palm Bay', O), ('Rockledge', O), ('Heritage', O), ('Titusville', O), ('Melbourne', O),
   ('Space Coast', O), ('Cocoa', O), ('West Shore', O), ('Viera', O), ('Astronaut', O), ('Merritt Island', O),
   ('Tolivert', P), ('Davis', P), ('Burgher', P), ('Bozeman', P), ('Bean-Laing', P), ('Moore', P),
   ('Blakely', P), ('Devoe', P), ('Baker', P), ('Brown', P), ('Upshaw', P), ('Williams', P), ('Dquendo', P),
   ('Balmer', P), ('Armani Sheffield', P), ('Kelli Howard', P), ('Storm Filsaimewith', P),
   ('Kairi Thomas-Brooks', P), ('Adrianna Knight', P), ('Syniah Johnson', P), ('Shaniya Fluellen', P),
   ('Ashley Cathon', P), ('K. Hupfer', P), ('L. Patikas', P), ('Z. Nielsen', P), ('J. Anasa', P),
   ('A. Sanger', P), ('C. Martinez', P), ('D. Robbins', P), ('Osas Osaro', P), ("Aden O'Hara", P),
   ('Christian Watts', P), ('Mekhi Robinson', P), ('Aiden Haig', P), ('Daniel Viegas', P), ('CJ DeBose', P),
   ('Derek Mertz', P), ('Jordan Munoz', P), ('Noah Jackson', P), ('Sheldon Bryan', P), ('Javier Gonzales', P),
   ('Starven Saint Hilare', P), ('Gardy Bien-Aime', P), ('Duvan Portillo', P), ('Jose Luevano', P),
   ('Alexis Martinez', P), ('Neil Auguste', P), ('Jaden Siemans', P), ('Talorie Crafton', P),
   ('Madelyn Rosario', P), ('Jordan Spira', P), ('Megan Cook', P), ('Jessica Newton', P), ('Kyleigh Trout', P),
   ('Grace Hanks', P), ('Britton Carroll', P)]),
 'galaxy-simulation': ('3c5bf8db42', [
   ('Big Bang', E), ('TNG50', X), ('Monthly Notices of the Royal Astronomical Society', O),
   ('IllustrisTNG Project', O), ('Paul Torrey', P), ('University of Florida', O), ('Hazel Hen', X),
   ('Stuttgart', L), ('Germany', L), ('Dylan Nelson', P), ('Max Planck Institute for Astrophysics', O),
   ('Munich', L), ('Torrey', P), ('Live Science', O)]),
 'van-der-beek-dwts': ('7dfc3e359d', [
   ('Fox News Flash', W), ('James Van Der Beek', P), ('Dancing with the Stars', W), ('Dawson’s Creek', W),
   ('Ally Brooke', P), ('Len Goodman', P), ('Bruno Tonioli', P), ('Carrie Ann Inaba', P), ('Van Der Beek', P),
   ('Tom Bergeron', P), ('Kimberly', P), ('DWTS', W), ('Pose', W), ('Instagram', O), ('Inaba', P),
   ('Brooke', P), ('James', P), ('Bergeron', P)]),
})

new.update({
 'davis-cup-finals': ('0d46122928', [
   ('MADRID', L), ('Rafael Nadal', P), ('Spain', O), ('Marcel Granollers', P), ('Feliciano Lopez', P),
   ('Russia', O), ('Davis Cup Finals', E), ('Granollers', P), ('Lopez', P), ('Karen Khachanov', P),
   ('Andrey Rublev', P), ('Nadal', P), ('Khachanov', P), ('Rublev', P), ('Roberto Bautista-Agut', P),
   ('Caja Magica', L), ('Magic Box', L), ('Croatia', O), ('Davis Cup', E), ('Serbia’s', L, 'Serbia'),
   ('Novak Djokovic', P), ('Britain’s', L, 'Britain'), ('Andy Murray', P), ('Serbia takes', O, 'Serbia'),
   ('on Japan', O, 'Japan'), ('Britain plays', O, 'Britain'), ('Netherlands', O), ('World Cup-style', None),
   ('International Tennis Federation', O), ('Kosmos', O), ('Barcelona', O), ('Gerard Pique', P),
   ('Brazil', O), ('Neymar', P), ('US', O), ('United States', O), ('Canada', O), ('Vasek Pospisil', P),
   ('Reilly Opelka', P), ('Denis Shapovalov', P), ('Taylor Fritz', P), ('Opelka', P), ('U.S.', O),
   ('FRANCE', O), ('ATP Finals', E), ('Pierre-Hugues Herbert', P), ('Nicolas Mahut', P), ('France', O),
   ('Herbert', P), ('Mahut', P), ('Ben McLachlan', P), ('Yasutaka Uchiyama', P), ('of Japan', L, 'Japan'),
   ('Group A', X), ('Jo-Wilfried Tsonga', P), ('Uchiyama', P), ('Yoshihito Nishioka', P), ('Gael Monfils', P),
   ('Raven Klaasen', P), ('South Africa', L), ('Michael Venus', P), ('New Zealand', L), ('London', L),
   ('ARGENTINA', O), ('Argentina', O), ('Chile', O), ('Group C', X), ('Guido Pella', P), ('Nicolas Jarry', P),
   ('Diego Schwartzman', P), ('Cristian Garin', P), ('Maximo Gonzalez', P), ('Leonardo Mayer', P),
   ('Jarry', P), ('Hans Podlipnik-Castillo', P), ('Schwartzman', P), ('Guido', P), ('KAZAKHSTAN', O),
   ('Kazakhstan', O), ('Group E', X), ('Mikhail Kukushkin', P), ('Alexander Bublik', P), ('Robin Haase', P),
   ('Jean-Julien Rojer', P), ('Kukushkin', P), ('Botic van de Zanschulp', P), ('Haase', P), ('Bublik', P),
   ('AUSTRALIA', O), ('Australia', O), ('Colombia', O), ('Nick Kyrgios', P), ('Alejandro Gonzalez', P),
   ('Alex de Minaur', P), ('Daniel Elahi Galan', P), ('Belgium', O)]),
})

# Issue 16's widening of the set (football, club and school sport, business
# press releases and tech news, local news, wire copy of other agencies,
# entertainment), annotated before any suggestion was seen for them.
new.update({
 'chelsea-kepa': ('358cc4a080', [
   ('Chelsea', O), ('Athletic Bilbao', O), ('Kepa Arrizabalaga', P), ('Thibaut Courtois', P), ('Real Madrid', O),
   ('Stamford Bridge', L), ('London', L)]),
 'chargers-lynn': ('8e3efab59f', [
   ('Chargers', O), ('Anthony Lynn', P), ('Chiefs', O), ('Lynn', P), ('Los Angeles Times', O), ('AFC West', O),
   ('AFC', O)]),
 'santa-fe-cat': ('ef2b3f268a', [
   ('SANTA FE', L), ('N.M.', L), ('AP', O), ('Portland', L), ('Oregon', L), ('Santa Fe', L), ('New Mexico', L),
   ('Santa Fe Animal Shelter', O), ('Sasha', X), ('American Airlines', O), ('Viktor Usov', P), ('Usov', P)]),
 'berlin-stabbing': ('e372e42c0a', [
   ('Richard von Weizsäcker', P), ('Fritz Eckart von Weizsäcker', P), ('von Weizsäcker', P), ('Kan', O),
   ('Schlosspark-Klinik', L), ('Berlin', L)]),
 'kansas-state-swim': ('3ce1c8fdf6', [
   ('Salina South', O), ('Keetan Munsell', P), ('Trinity Academy', O), ('Ben Patton', P), ('Patton', P),
   ('Wichita Heights', O), ('Aidan Gantenbein', P), ('Wichita North', O), ('Miguel Bernal', P), ('Redskins', O),
   ('Wichita West', O), ('David Garcia', P), ('Wichita East', O), ('Hugh McPherson', P)]),
 'ascom-ge-healthcare': ('5ae11e580a', [
   ('BAAR', L), ('SWITZERLAND', L), ('Ascom', O), ('Digistat Patient Watch', X), ('Europe', L), ('GE', O),
   ('Ascom Myco 2', X), ('André Neu', P), ('Platform Solutions', O), ('GE Healthcare', O), ('Olivier Bosc', P),
   ('Life Care Solutions Europe', O), ('Alarm fatigue: impacts on patient safety', W), ('Ruskin KJ', P),
   ('Hueske-Kraus D', P), ('Curr Opin Anaesthesiol', O), ('Joint Commission', O),
   ('National Patient Safety Goal', X), ('ECRI', O)]),
})

new.update({
 'taylor-swift-big-machine': ('70cb2d5bca', [
   ('Taylor Swift', P), ('US', L), ('Big Machine', O), ('American Music Awards', E), ('Swift', P),
   ('Scooter Braun', P), ('Tumblr', O), ('Braun', P), ('Kanye West', P), ('Kim Kardashian', P), ('Twitter', O),
   ('AMAs', E), ('Netflix', O), ('Elizabeth Warren', P), ('Alexandria Ocasio-Cortez', P), ('Taylor', P),
   ('Dick Clark Productions', O)]),
 'bi-tech-ten-things': ('fde930b018', [
   ('New York', L), ('WeWork', O), ('Letitia James', P), ('Adam Neumann', P), ('T-Mobile', O),
   ('John Legere', P), ('Legere', P), ('Mike Siever', P), ('SoftBank', O), ('Masayoshi Son', P), ('Amazon', O),
   ('Spotify', O), ('Prime', X), ('Amazon Music Unlimited', X), ('Alibaba', O), ('Weibo', O), ('Singles Day', E),
   ('Peng Mei', P), ('Tmall', O), ('WeChat', O), ('Google', O), ('CloudSimple', O), ('Microsoft', O),
   ('VMware', O), ('Amazon Web Services', O), ('Fast Company', O), ('Half-Life', W), ('Valve', O),
   ('Half Life: Alyx', W), ('Apple', O), ('AirPods', X), ('Piper Jaffray', O), ('NYC', L), ('Amazon Alexa', X),
   ('10 Things in Tech', W), ('10 Things in Tech You Need to Know', W), ('Business Insider', O), ('Alexa', X)]),
})

new.update({
 'europa-water-vapor': ('686bb170ef', [
   ('Jupiter', L), ('Europa', L), ('NASA', O), ('Hubble Space Telescope', X), ('Earth', L), ('Lucas Paganini', P),
   ('Goddard Space Flight Center', O), ('Greenbelt', L), ('Maryland', L), ('American University', O),
   ('Washington', L), ('D.C.', L), ('Paganini', P), ('W.M. Keck Observatory', L), ('Hawaii', L),
   ('Nature Astronomy', O), ('Hubble', X), ('Galileo', X), ('Saturn', L), ('Enceladus', L), ('Europa Clipper', X),
   ('Clipper', X), ('All About Space', O)]),
 'la-auto-show': ('05844573ca', [
   ('Toyota', O), ('Volkswagen', O), ('Los Angeles Auto Show', E), ('RAV4', X), ('U.S.', L), ('Ford', O),
   ('Mustang', X), ('Sentra', X), ('Nissan', O), ('NISSAN SENTRA', X), ('Altima', X), ('Maxima', X),
   ('VOLKSWAGEN ID. SPACE VIZZION CONCEPT', X), ('ID. Space Vizzion Concept', X), ('VW', O), ('North America', L),
   ('Europe', L), ('FORD MUSTANG MACH E', X), ('Mustang Mach E', X), ('Mach E', X), ('Los Angeles', L),
   ('TOYOTA RAV4 PRIME', X), ('RAV4 Prime', X), ('RAV4 Hybrid', X)]),
})

new.update({
 'gannett-gatehouse-merger': ('8634d1211c', [
   ('Gannett', O), ('GateHouse Media', O), ('GateHouse', O), ('Gatehouse', O), ('GateHouse-owned', None),
   ('Michael Reed', P), ('New Media Investment Group', O), ('New Media', O), ('Reed', P), ('U.S.', L),
   ('Ken Doctor', P), ('Doctor', P), ('Alden Capital', O), ('Alden', O), ('Orange County Register', O),
   ('Denver Post', O), ('San Jose Mercury News', O), ('Tribune', O), ('The Times', O), ('Michael Ferro', P),
   ('Ferro', P), ('McClatchy Co.', O), ('McClatchy', O), ('Sacramento-based', None), ('Sacramento Bee', O),
   ('Miami Herald', O), ('Kansas City Star', O), ('Pension Benefit Guarantee Corp.', O), ('Chicago Tribune', O),
   ('New York Daily News', O), ('Baltimore Sun', O), ('Hartford Courant', O), ('Patrick Soon-Shiong', P),
   ('Soon-Shiong', P), ('San Diego Union-Tribune', O), ('Penelope Muse Abernathy', P),
   ('University of North Carolina', O), ('Abernathy', P), ('Fortress Investment Group', O), ('Fortress', O),
   ('Leon Cooperman', P), ('Cooperman', P), ('Elizabeth Warren', P)]),
})

new.update({
 'india-markets-sensex': ('65408257db', [
   ('Sensex', X), ('Nifty', X), ('US', L), ('China', L), ('Sanjiv Bhasin', P), ('IIFL Securities', O),
   ('Kotak Institutional Equities', O), ('Rusmik Oza', P), ('Kotak Securities', O), ('Oza', P),
   ('Supreme Court', O), ('Essar Steel', O), ('JP Morgan', O), ('Nomura', O), ('SBI', O), ('ICICI Bank', O),
   ('George Soros', P), ('Pankaj Pandey', P), ('ICICI Securities', O), ('India', L), ('Street', L),
   ('Moneycontrol.com', O)]),
 'my6sense-braiker': ('57e2e98887', [
   ('New York', L), ('NY', L), ('my6sense', O), ('www.my6sense.com', None), ('Ivan Braiker', P), ('Ivan', P),
   ('Hipcricket', O), ('Augme Technologies', O), ('Fortune 100', X), ('Ford', O), ('Macy’s', O),
   ('Kellogg’s', O), ('NBC', O), ('Fox', O), ('Frost & Sullivan', O), ('CTIA', O), ('Ernst & Young', O),
   ('Avinoam Rubinstain', P), ('Europe', L), ('Americas', L), ('Avinoam', P), ('StackAdapt', O),
   ('Digital Intuition', X), ('Cross-Network Exchange', X)]),
})

new.update({
 'feather-duvet-lung': ('9eef8162bb', [
   ('Martin Taylor', P), ('Aberdeenshire', L), ('Scotland', L), ('BMJ', O), ('Taylor', P), ('Sherlock', P),
   ('Owen John Dempsey', P), ('BMI Albyn Hospital', L), ('Aberdeen', L), ('Dempsey', P), ('Watson', P)]),
 'china-plague-cases': ('ea25dd7edf', [
   ('China', L), ('Emily Feng', P), ('NPR', O), ('Beijing', L), ('Inner Mongolia', L), ('WHO', O),
   ('Chinese Center for Disease Control and Prevention', O), ('Sui-Lee Wee', P), ('New York Times', O),
   ('Wee', P), ('CDC', O), ('Weibo', O), ('Twitter-like', None), ('Alex Horton', P), ('Washington Post', O),
   ('Associated Press', O), ('Reuters', O), ('Black Death', E), ('Europe', L), ('West', L), ('Feng', P),
   ('Li Jifeng', P), ('Chaoyang Hospital', L), ('Li', P), ('Times', O), ('Yunnan', L), ('Qinghai', L),
   ('Tibet', L)]),
})

new.update({
 'andrew-sputnik-column': ('1f765c4878', [
   ('Andrew', P), ('Charles', P), ('Epstein', P), ('US', L), ('New York City', L), ('Independent', O),
   ('Jeffrey Epstein', P), ('FBI', O), ('BBC', O), ('England', L), ('London', L), ('Ghislaine Maxwell', P),
   ('New York', L), ('Central Park', L), ('Queen Elizabeth', P, 'Elizabeth'), ('Royal Navy', O),
   ('Falklands War', E), ('Argentina', L), ('Sputnik', O)]),
 'impeachment-hearing-wire': ('c90731f051', [
   ('US', L), ('Donald Trump', P), ('Democratic Party-controlled', None), ('House of Representatives', O),
   ('Democrats', O), ('Trump', P), ('Ukraine', L), ('Volodymyr Zelensky', P), ('Joe Biden', P),
   ('Republicans', O), ('House Select Committee on Intelligence', O), ('Alexander Vindman', P),
   ('National Security Council', O), ('NSC', O), ('Jennifer Williams', P), ('Pence', P), ('Zelensky', P),
   ('Kurt Volker', P), ('Kyiv', L), ('Tim Morrison', P), ('House Committee', O), ('White House', L),
   ('Stephanie Grisham', P), ('Volker', P), ('Grisham', P), ('Schiff', P), ('Vindman', P), ('Williams', P),
   ('Morrison', P), ('Biden', P), ('Russia', L)]),
})

# Issue 16's second widening (branch nergold2).
new.update({
 'aljazeera-moon-bidders': ('42aad16bde', [
   ('Washington', L), ('DC', L), ('United States', L), ('Moon', L), ('Mars', L), ('Earth', L), ('NASA', O),
   ('Amazon', O), ('Jeff Bezos', P), ('Blue Origin', O), ('Elon Musk', P), ('SpaceX', O), ('Steve Clarke', P),
   ('Science Mission Directorate', O), ('US', L), ('Office of the Inspector General', O), ('Jim Bridenstine', P),
   ('Jupiter', L), ('Europa', L), ('Sierra Nevada Corporation', O), ('Sierra Nevada', O), ('Brent Sherwood', P),
   ('Advanced Development Programs', O), ('Blue Moon', X), ('Ceres Robotics', O), ('Ceres Robotics Inc.', O),
   ('Tyvak Nano-Satellite Systems Inc', O), ('Tyvak', O), ('Michael Sims', P)]),
 'ctv-hibernating-astronauts': ('b37be3535e', [
   ('BERLIN', L), ('European Space Agency', O), ('Mars', L), ('Jennifer Ngo-Anh', P)]),
 'milan-design-week-flos': ('94fbcc2677', [
   ('Milan Design Meek', E), ('Flos Showroom', L), ('Corso Monforte', L), ('corso Monforte', L),
   ('Michael Anastassiades', P), ('London-based', None), ('Cyprus', L), ('Flos', O),
   ('Jewels after Jewels after Jewels', W), ('Arrangements', X), ('Make your Arrangements', X), ('Milan', L)]),
})
new.update({
 'stadia-rdr2-framerate': ('aade2ec8d1', [
   ('Google Stadia', X), ('Stadia', X), ('Red Dead Redemption 2', W), ('RDR2', W), ('Digital Foundry', O),
   ('Rockstar', O), ('Chromecast Ultra', X), ('Chromecast', X), ('Chrome', X), ('Xbox One X', X), ('PS4 Pro', X),
   ('Google', O), ('London', L)]),
 'cleveland-doobie-blossom': ('35b158918c', [
   ('CLEVELAND', L), ('Ohio', L), ('Doobie Brothers', O), ('Rock and Roll Hall of Fame Induction', E),
   ('Michael McDonald', P), ('Rolling Stone', O), ('Blossom Music Center', L), ('Tom Johnston', P),
   ('Patrick Simmons', P), ('John McFee', P), ('McDonald', P), ('Nashville', L), ('Takin’ It to the Streets', W),
   ('Rock and Roll Hall of Fame', O), ('Cleveland', L), ('Public Auditorium', L), ('Fan Vote', E)]),
})
new.update({
 'democratic-debate-questions': ('aec5deeaad', [
   ('WASHINGTON', L), ('AP', O), ('Democratic Party', O), ('Atlanta', L), ('MSNBC', O), ('Joe Biden', P),
   ('Elizabeth Warren', P), ('Pete Buttigieg', P), ('Bernie Sanders', P), ('Warren', P), ('Buttigieg', P),
   ('Biden', P), ('OBAMA', P), ('Barack Obama', P), ('Democrat', O), ('Democrats', O), ('America', L),
   ('Sanders', P), ('Amy Klobuchar', P), ('Klobuchar', P), ('Obama', P), ('Senate', O), ('House', O),
   ('Donald Trump', P), ('Tom Steyer', P), ('Michael Bloomberg', P), ('Steyer', P), ('Bloomberg', P),
   ('Massachusetts', L), ('Deval Patrick', P), ('Kamala Harris', P), ('New Jersey', L), ('Cory Booker', P),
   ('Hawaii', L), ('Tulsi Gabbard', P), ('Andrew Yang', P), ('Ground Game', W)]),
})
new.update({
 'politifact-tariffs-guide': ('b6906ca016', [
   ('United States', L), ('Donald Trump', P), ('Trump', P), ('Trump-imposed', None), ('Trump-era', None),
   ('Monroe', L), ('La.', L), ('America', L), ('China', L), ('China-specific', None), ('Scott Paul', P),
   ('Alliance for American Manufacturing', O), ('U.S.', L), ('Lawrence White', P), ('New York University', O),
   ('Stern School of Business', O), ('U.S. Customs and Border Protection', O), ('Customs and Border Protection', O),
   ('Costco', O), ('Howard Gleckman', P), ('Urban Institute-Brookings Institution Tax Policy Center', O),
   ('Reuters', O), ('Monica de Bolle', P), ('Peterson Institute for International Economics', O),
   ('Centre for Economic Policy Research', O), ('London-based', None), ('Congressional Budget Office', O),
   ('Ross Burkhart', P), ('Boise State University', O), ('Canada', L), ('Tax Foundation', O),
   ('European Union', O), ('Daniel Anthony', P), ('Trade Partnership', O), ('Washington', L),
   ('American Farm Bureau Federation', O), ('Pepsi', O), ('Coca-Cola', O), ('Winnebago', O),
   ('Mary E. Lovely', P), ('Syracuse University', O), ('Lovely', P), ('Bluetooth', X)]),
})
new.update({
 'nj-meth-slogan-column': ('3f65af7b6b', [
   ('New Jersey', L), ('South Dakota', L), ('South Dakota-sized', None), ('Florida Man', P), ('Twitter', O),
   ('Dianna E. Anderson', P), ('Argus Leader', O), ('Sioux Falls', L), ('Kristi Noem', P), ('Noem', P),
   ('Minneapolis', L), ('Broadhead Co.', O), ('Mike Beauvais', P), ('Cooper Lund', P),
   ('Department of Public Safety', O)]),
})
new.update({
 'quanta-tuft-cells': ('bdb56ac835', [
   ('De’Broski Herbert', P), ('Herbert', P), ('University of Pennsylvania', O), ('Richard Locksley', P),
   ('Locksley', P), ('University of California, San Francisco', O), ('Richard Axel', P), ('Linda Buck', P),
   ('Nobel Prize', X), ('Jennifer Pluznick', P), ('Pluznick', P), ('Johns Hopkins University', O),
   ('University of Liverpool', O), ('Soraya Shirazi-Beechey', P), ('Biochemical Society Transactions', O),
   ('Stephen Liggett', P), ('University of Maryland School of Medicine', O), ('Noam Cohen', P), ('Cohen', P),
   ('Harvard University', O), ('Harvard', O), ('Wendy Garrett', P), ('Garrett', P), ('Garett', P),
   ('Michael Howitt', P), ('Howitt', P), ('Stanford University', O), ('Jakob von Moltke', P), ('von Moltke', P),
   ('University of Washington', O), ('Science', O), ('Nature', O), ('Philippe Jay', P),
   ('Institute for Functional Genomics', O), ('National Center for Scientific Research', O), ('France', L),
   ('Megan Baldridge', P), ('Washington University', O), ('St. Louis', L), ('Kathleen DelGiorno', P),
   ('Salk Institute for Biological Studies', O), ('Andrew Vaughan', P), ('Vaughan', P), ('Swiss Army', X),
   ('Wired.com', O)]),
})

# Issue 16's third widening (branch nergold3).
new.update({
 'ascom-draeger-alarms': ('c69e539d68', [
   ('BAAR', L), ('SWITZERLAND', L), ('Ascom', O), ('Dräger', O), ('Dräger, Inc.', O),
   ('Ascom Unite Connect', X), ('Unite Connect', X), ('Dräger Infinity', X), ('Infinity', X), ('FDA', O),
   ('US', L), ('Canada', L), ('France', L), ('Belgium', L), ('Norway', L), ('Steve Menet', P),
   ('Rob Goldman', P), ('Ascom North America', O)]),
 'cbs-volker-morrison': ('7a664e40d2', [
   ('Kurt Volker', P), ('Ukraine', L), ('Tim Morrison', P), ('National Security Council', O),
   ('House Intelligence Committee', O), ('Volker', P), ('Joe and', P, 'Joe'), ('Hunter Biden', P),
   ('Morrison', P), ('Trump', P), ('Volodymyr Zelensky', P), ('Republicans', O), ('Alexander Vindman', P),
   ('White House National Security Council', O), ('Fiona Hill', P), ('NSC', O), ('Vindman', P),
   ('Intelligence Committee', O), ('Washington', L), ('Russia', L), ('Crimea', L), ('U.S.', L),
   ('Joe Biden', P), ('Biden', P), ('Zelenskyy', P), ('Burisma', O), ('European Union', O),
   ('Gordon Sondland', P), ('Rick Perry', P), ('Three Amigos', O), ('Steve Castor', P), ('John Bolton', P),
   ('Politico', O), ('Sondland', P), ('Gordon problem', P, 'Gordon'), ('Rudy Giuliani', P), ('Giuliani', P),
   ('Bidens', P), ('Schiff', P)]),
 'thr-stadia-launch': ('8267acacb9', [
   ('Stadia', X), ('Jack Buser', P), ('Buser', P), ('Google', O), ('The Hollywood Reporter', O),
   ('Stadia Pro', X), ('Premiere Edition', X), ('Chromecast Ultra', X), ('Assassin\'s Creed', W),
   ('Tomb Raider', W), ('Red Dead Redemption', W), ('Destiny', W), ('Destiny 2', W), ('Tequila Works', O),
   ('Gylt', W), ('Lewis Ward', P), ('Ward', P), ('IDC', O), ('YouTube Gaming', X), ('Founder’s Edition', X),
   ('Ubisoft', O), ('Take-Two Interactive', O), ('Take-Two', O), ('Chris Early', P), ('Early', P),
   ('Strauss Zelnick', P), ('Sony', O), ('Sony Now', X), ('Microsoft', O), ('Project xCloud', X),
   ('xCloud', X), ('Pro service', X, 'Pro'), ('San Francisco', L), ('New York', L), ('Apple', O), ('Apple Arcade', X)]),
 'vw-space-vizzion': ('06ee193de4', [
   ('Volkswagen', O), ('ID.3', X), ('VW ID.3', X), ('MEB', X), ('VW ID. SPACE VIZZION', X),
   ('ID. SPACE VIZZION', X), ('ID. SPACE VIZZION 4Motion', X), ('VW', O), ('North America', L),
   ('Europe', L), ('LA Auto Show', E), ('VW Atlas Cross Sport', X), ('WLTP', X), ('EPA', O), ('US', L),
   ('IQ.LIGHT', X), ('AppleSkin', X), ('ID.', X)]),
 'audi-etron-sportback': ('3cb22bfabe', [
   ('Audi', O), ('e-tron', X), ('Audi e-tron Sportback', X), ('LA Auto Show', E), ('Audi e-tron', X),
   ('e-tron Sportback', X), ('Quattro', X), ('Europe', L), ('US', L), ('Sportback', X), ('Singleframe', X),
   ('Plasma Blue', X), ('S line', X), ('e-tron Sportback 50 quattro', X), ('e-tron Sportback 55 quattro', X),
   ('Audi drive select', X), ('e-tron Sportback 50', X), ('e-tron Sportback 55', X), ('WLTP', X), ('EPA', O),
   ('Sportback 55', X), ('Sportback 50', X), ('Plug & Charge', X), ('Audi virtual cockpit', X),
   ('Bang & Olufsen Premium 3D Sound System', X), ('Amazon Alexa', X), ('Audi pre sense basic', X),
   ('Audi pre sense front', X), ('Audi assist package City', X), ('assist package Tour', X),
   ('Audi park assist', X), ('edition one', X), ('North American', L), ('Audi e-tron GT Concept', X)]),
 'experience-ceo-gaspard': ('4648a420af', [
   ('Experience', O), ('Junior Gaspard', P), ('Junior', P), ('Steven Covey', P),
   ('The 7 Habits of Highly Effective People', W), ('Wunderlist', X), ('INWEGO', X),
   ('SportsBusiness Journal', O), ('40 Under 40 Award', X), ('40 Under 40', X), ('SBJ', O), ('St. Croix', L),
   ('U.S. Virgin Islands', L), ('NBA', O), ('Tim Duncan', P), ('Disney World', L), ('Bleacher Report', X),
   ('Uber Eats', X), ('ParkMobile', X), ('Bob Marley', P), ('Bruno Mars', P), ('Drake', P), ('The Eagles', O),
   ('Jay Z', P), ('Frank Sinatra', P), ('A Fistful of Rice', W), ('The Hard Thing About Hard Things', W),
   ('Broncos', O), ('Raiders', O), ('Mile High Stadium', L), ('Peyton Manning', P), ('Lebron James', P),
   ('Istanbul', L), ('Turkey', L), ('Cape Town', L), ('South Africa', L), ('Russell Westbrook', P),
   ('Kevin Durant', P), ('Oklahoma City Thunder', O), ('Adele', P), ('NBA League Pass', X), ('Sonos', O)]),
 'amsterdam-light-festival': ('33fe2471fd', [
   ('Amsterdam', L), ('Amsterdam Light Festival', E), ('7th Amsterdam Light Festival', E), ('Public Award', X),
   ('Peter Koros Design', O), ('Ivana Jelić', P), ('Pavle Petrović', P), ('Serbia', L), ('Starry Night', W),
   ('Van Gogh', P), ('Groupe LAPS', O), ('France', L), ('Spider on the Bridge', W), ('Herengracht', L),
   ('Amstel', L), ('Amigo & amigo', O), ('Australia', L), ('Renzo B. Larriviere', P), ('Simone Chua', P),
   ('Parabolic Lightcloud', W), ('OGE Group', O), ('Israel', L), ('Merav Eitan', P), ('Gaston Zahr', P),
   ('Jerusalem Light Festival', E), ('Light a Wish', W), ('Eitan', P), ('Zahr', P), ('Balmond Studio', O),
   ('United Kingdom', L), ('Optilli', W), ('Marshall McLuhan', P), ('Koen Kleijn', P), ('Kleijn', P)]),
 'my6sense-native-ads': ('dfd43bc0d4', [
   ('New York', L), ('NY', L), ('Poynter', O), ('my6sense', O), ('www.my6sense.com', None),
   ('Avinoam Rubinstain', P), ('Digital Intuition', X), ('Cross-Network Exchange', X)]),
 'gizmodo-feather-duvet': ('7bb1ca9035', [
   ('UK', L), ('BMJ Case Reports', O), ('Owen Dempsey', P), ('Aberdeen Royal Infirmary', L),
   ('Donald Trump', P), ('Barack Obama', P), ('Dempsey', P), ('Gizmodo', O)]),
 'nr-schiff-clock': ('f5c90a6d52', [
   ('Adam Schiff', P), ('Schiff', P), ('Trump', P), ('Republicans', O), ('Mueller', P), ('post-Mueller', None),
   ('Zelensky', P), ('Democrats', O), ('Hillary Clinton', P), ('Robert Mueller', P), ('Fusion GPS', O),
   ('Steele dossier', X), ('Nixon', P), ('Clinton', P), ('Washington', L), ('Bidens', P),
   ('Christopher Steele', P), ('Russia', L), ('Ukraine', L), ('United States', L), ('State Department', O),
   ('Obama', P), ('Vladimir Putin', P), ('Joe Biden', P), ('U.S.', L), ('Syria', L), ('NATO', O), ('Bush', P),
   ('Bush-era', None), ('National Security Council', O), ('IG', O), ('Devin Nunes', P), ('Medvedev', P),
   ('John Bolton', P), ('Dick Cheney', P), ('NSC', O), ('Putin', P), ('Eastern Europe', L),
   ('Democratic party', O), ('Kamala Harris', P), ('Cory Booker', P), ('Beto O’Rourke', P), ('House', O),
   ('Bernie Sanders', P), ('Elizabeth Warren', P), ('Medicare for all', X), ('Senate', O),
   ('Michael Horowitz', P), ('John Durham', P), ('James Comey', P), ('Andrew McCabe', P), ('Horowitz', P),
   ('Durham', P), ('Electoral College–subversion', None), ('25th Amendment', X), ('Logan Act', X),
   ('Stormy', P), ('Cohen', P), ('Braveheart', W), ('William Wallace', P), ('Mel Gibson', P), ('Dems', O),
   ('AOC', P), ('Nancy Pelosi', P)]),
})

# Articles are keyed by the first ten characters of their corpus key.
keys = {k[:10]: k for k in d}
for name, (short, names) in new.items():
    gold[name] = (keys[short], names)
texts = {k: (v['articleBody'], v['url']) for k, v in d.items()}

# Articles of the trafilatura corpus (shared/corpus/trafilatura-dev,
# Apache-2.0), keyed by their whole evaldata.json key (a URL, or
# "hard::FILE"). The body is the human-labelled text of the page, the
# snippets of "with" in their order, joined by blank lines.
tpath = sys.argv[2] if len(sys.argv) > 2 else '../../../../shared/corpus/trafilatura-dev/evaldata.json'
traf = {}
traf.update({
 'nationnews-tridents': ('hard::nationnews.com-tridents.html', [
   ('Renaldo “Peewee” Gilkes', P), ('Tridents', O), ('Nations League', E), ('Antigua and Barbuda', O),
   ('Cuba', L), ('Russell Latapy', P)]),
})
traf.update({
 'jamaica-clarendon-crash': ('hard::jamaica.gleaner.com-victims.html', [
   ('Clarendon', L), ('Osborne Store', L), ('Four Paths Police', O), ('Grant', P), ('Ambersley', P),
   ('Toyota Starlet', X)]),
 'brookhaven-gas-leak': ('https://roughdraftatlanta.com/2023/11/08/brookhaven-village-closed-due-to-gas-leak/', [
   ('Dresden Drive', L), ('Ellijay Drive', L), ('Apple Valley Road', L), ('Brookhaven Police Department', O),
   ('BPD', O)]),
 'bvi-premier-arrest': ('hard::thestkittsnevisobserver.com-bvi.html', [
   ('BVI', L), ('Andrew Fahie', P), ('United States', L), ('John Rankin', P)]),
 'louvre-chardin': ('https://observer.com/2023/11/bernard-arnault-lvmh-louvre-chardin/', [
   ('Louvre', L), ('Jean Siméon Chardin', P)]),
 'christian-county-blotter': ('https://www.heartlandnewsfeed.com/2023/10/27/christian-county-police-blotters/', [
   ('Kimberly Carrell', P), ('1600E Road', L), ('400N Road', L)]),
 'bronx-rezoning': ('https://gothamist.com/news/rezoning-plan-plagues-bronx-city-councilmembers-re-election-bid', [
   ('Whitestone Bridge', L), ('Trump Golf Links Ferry Point', L)]),
 'miami-dade-crash': ('https://wsvn.com/news/local/miami-dade/15-year-old-driver-killed-14-year-old-passenger-critical-in-sw-miami-dade-crash/', [
   ('Southwest 118th Avenue', L), ('Miller Drive', L), ('Southwest 117th Avenue', L)]),
 'northward-prison': ('https://www.caymancompass.com/2022/05/04/prison-official-anyone-could-escape-from-northward/', [
   ('Northward', L)]),
})

# Issue 16's second widening (branch nergold2).
traf.update({
 'jis-aice-conference': ('hard::jis.gov.jm-investment.html', [
   ('AICE 2022', E), ('Montego Bay Convention Centre', L)]),
 'citylimits-nycha-vote': ('https://citylimits.org/2023/11/08/video-voting-on-nychas-future/', [
   ('New York City\n\nHousing Authority', O), ('Nostrand Houses', L), ('Sheepshead Bay', L), ('Brooklyn', L)]),
 'thelocal-tegnell-tattoo': ('https://www.thelocal.se/20200428/meet-the-swede-who-tattooed-a-state-epidemiologists-face-on-his-arm', [
   ('Anders Tegnell', P), ('Tastas', O), ('GP', O)]),
 'washington-justice-sworn': ('https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/', [
   ('Jay Inslee', P), ('Montoya-Lewis', P)]),
 'essequibo-hunter-dead': ('https://www.kaieteurnewsonline.com/2022/05/06/essequibo-hunter-found-dead-with-gunshot-wounds/', [
   ('Ramdehol', P), ('Suddie', L)]),
})
traf.update({
 'cvs-health-jobs': ('http://www.jobsnhire.com/articles/35030/20160214/need-know-cvs-health.htm', [
   ('CVS Health', O)]),
 'iphone-se-india': ('https://economictimes.indiatimes.com/tech/hardware/the-iphone-se-is-in-india-heres-all-we-know/not-a-flagship/slideshow/76280131.cms', [
   ('iPhone', X), ('Apple', O), ('iPhone SE', X)]),
 'flint-flake-birch-tar': ('https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html', [
   ('North Sea', L)]),
 'detroit-mezcal-mariachi': ('https://www.metrotimes.com/food-drink/detroits-mezcal-restaurant-goes-beyond-familiar-mexican-fare-34565910', [
   ('Mariachi Mexico 2020', O)]),
 'vi-cocaine-vessel': ('https://viconsortium.com/vi-crime/virgin-islands-vessel-returning-to-puerto-rico-from-st-thomas-with-475-pounds-of-cocaine-intercepted-by-federal-agents-cbp-says', [
   ('U.S. Customs and Border Protection', O), ('AMO', O), ('Puerto', L)]),
})

# Issue 16's third widening (branch nergold3).
traf.update({
 'mercurynews-chabot-letters': ('hard::mercurynews.com.2023.01.16.letters-1119.html', [
   ('Lake Chabot Road', L), ('California', L)]),
 'fivethirtyeight-endorsements': ('https://fivethirtyeight.com/features/the-2020-endorsement-race-is-getting-interesting/', [
   ('Biden', P), ('Sanders', P)]),
 'pawszilla-celine-dion': ('https://pawszilla.com/pop-culture/celebrities/fans-expressed-fears-celine-dions-appearance-savagely-responded/21/', [
   ('Céline Dion', P)]),
 'vancouversun-microsoft-carbon': ('https://vancouversun.com/technology/microsoft-moves-to-erase-its-carbon-footprint-from-the-atmosphere-in-climate-push/wcm/76e426d9-56de-40ad-9504-18d5101013d2', [
   ('Microsoft Corp', O)]),
 'kbs-cold-wave': ('https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181595', []),
 'investmentwatch-ukraine-bank': ('https://www.investmentwatchblog.com/biggest-money-laundering-scheme-in-history-uncovered-in-ukraine/', [
   ('Igor Kolomoisky', P), ('Ukraine', L), ('Central Bank', O), ('IMF', O)]),
 'scmp-tsai-playbook': ('https://www.scmp.com/comment/opinion/article/3046526/taiwanese-president-tsai-ing-wens-political-playbook-should-be', []),
 'standard-quarantine-list': ('https://www.standard.co.uk/news/uk/turkey-poland-caribbean-islands-added-to-uk-quarantine-list-a4561256.html', [
   ('UK', L)]),
 'villagevoice-trump-depositions': ('https://www.villagevoice.com/party-like-its-1923-will-donald-trump-write-his-own-mein-kampf-in-jail/', [
   ('Trump', P), ('New York Attorney', O)]),
 'wevolver-printer-vibration': ('https://www.wevolver.com/article/3dprinting.gets.a.turbo.boost.from.um.technology', [
   ('Chinedum Okwudire', P)]),
})

# Issue 16's fourth widening (branch ner18i): whole English news pages of
# the trafilatura corpus, read at first sight. Their body is not the
# corpus's snippets but the page's text as Margin's extractor clips it
# (`margin extract FILE`, the title and the header lines above the first
# blank line dropped), taken once when they were annotated and kept in their
# JSON files: regenerating reads it from there.
pages = {}
pages.update({
 'latimes-bloomberg-debate': ('https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-democratic-debate-history', [
   ('Michael R. Bloomberg', P), ('Democrats', O), ('New York', L), ('Bloomberg', P), ('Nevada', L),
   ('Super Tuesday', E), ('California', L), ('The Wit and Wisdom of Michael Bloomberg', W),
   ('Bloomingdale’s', O), ('Jim Rich', P), ('New York Daily News', O), ('Trump', P), ('Mini Mike', P),
   ('Twitter', O), ('Paul Begala', P), ('Bill', P), ('Hillary Clinton', P), ('Begala', P), ('Colorado', L),
   ('Aspen Times', O), ('Georgetown University', O), ('Congress', O), ('Elizabeth Warren', P),
   ('Massachusetts', L), ('Warren', P), ('Las Vegas', L), ('Hank Sheinkopf', P), ('Sheinkopf', P)]),
 'independent-isolation-fines': ('https://www.independent.co.uk/news/uk/politics/coronavirus-false-reporting-contact-fine-penalty-b671230.html', [
   ('Conservative', None), ('Matt Hancock', P), ('House of Commons', O), ('Tory', None), ('Mark Harper', P),
   ('UK', L), ('Hancock', P), ('this House', O, 'House')]),
 'salon-coal-emissions': ('https://www.salon.com/2020/01/10/despite-everything-u-s-emissions-dipped-in-2019_partner/', [
   ('Grist', O), ('United States', L), ('Rhodium Group', O), ('U.S.', L), ('Trevor Houser', P),
   ('Rhodium', O), ('Houser', P), ('Donald Trump', P), ('Hauser', P), ('Trump', P)]),
 'abc7-margaritaville-napa': ('https://abc7news.com/camp-margaritaville-resort-napa-county-lake-berryessa-hotel-jimmy-buffett/14031465/', [
   ('Napa County', L), ('Jimmy Buffett', P), ('Camp Margaritaville Resort', L), ('Lake Berryessa', L),
   ('NAPA COUNTY', L), ('Calif.', L), ('KGO', O), ('Margaritaville Resort', L), ('Bay Area', L),
   ('Camp Margaritaville', L), ('Napa County Board of Supervisors', O), ('WhiTim Napa LLC', O),
   ('Camp Margaritaville Resorts', O), ('Margaritaville group', O, 'Margaritaville'), ('Leigh Sears', P),
   ('Steve Lederer', P), ('Napa County Public Works', O), ('Alfredo Pedroza', P), ('Steel Canyon Resort', L),
   ('Margaritaville Hotels and Resorts', O), ('California', L), ('called Margaritaville', L, 'Margaritaville'),
   ('as Margaritaville', L, 'Margaritaville')]),
 'rutgers-blood-robot': ('https://www.rutgers.edu/news/new-robot-does-superior-job-sampling-blood', [
   ('Rutgers-led', None), ('journal Technology', O, 'Technology'), ('United States', L), ('Josh Leipheimer', P),
   ('Yarmush', P), ('School of Engineering', O), ('Rutgers University–New Brunswick', O), ('Rutgers', O),
   ('Max L. Balter', P), ('Alvin I. Chen', P), ('Enrique J. Pantin', P),
   ('Rutgers Robert Wood Johnson Medical School', O), ('Kristen S. Labazzo', P), ('Martin L. Yarmush', P),
   ('Paul and Mary Monroe Endowed Chair', X), ('Department of Biomedical Engineering', O),
   ('Icahn School of Medicine', O), ('Mount Sinai Hospital', L)]),
 'natgeo-redonda-goats': ('https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-now-its-being', [
   ('Redonda', L), ('West Indies', L), ('Redonda ground dragon', None), ('Antigua', L), ('World War I', E),
   ('Redonda Restoration Programme', O), ('Natalya Lawrence', P), ('Environmental Awareness Group', O),
   ('EAG', O), ('Shanna Challenger', P), ('Fauna and Flora International', O),
   ('Wildlife Management International', O), ('British Mountaineering Council', O), ('Challenger', P),
   ('Lawrence', P)]),
 'verge-facetime-eye-contact': ('https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3-facetime-attention-correction-eye-contact', [
   ('iOS 13', X), ('FaceTime', X), ('Mike Rundle', P), ('Twitter', O), ('iPhone XS', X), ('XS Max', X),
   ('FaceTime Attention Correction', X), ('Rundle', P), ('Apple', O), ('Dave Schukin', P), ('ARKit', X),
   ('Schukin', P), ('to FaceTime', None)]),
 'axios-school-surveillance': ('https://www.axios.com/newsletters/axios-future-7120a6cf-cf67-4e01-9f15-f73f114e8d27.html', [
   ('Axios', O), ('Kaveh Waddell', P), ('Parkland', L), ('Florida', L), ('Broward County', L),
   ('Robert Runcie', P), ('South Florida Sun Sentinel', O), ('Avigilon', O), ('Pelco', O), ('IBM', O),
   ('Fulton County', L), ('Georgia', L), ('Tennessee', L), ('Montana', L), ('Missouri', L), ('UCLA', O),
   ('ACLU', O), ('Jay Stanley', P), ('Kenneth Preston', P), ('Preston', P), ('Nashville', L),
   ('Wilson County', L), ('Jennifer Johnson', P)]),
 'pcmag-hamr-platters': ('https://www.pcmag.com/news/next-gen-hamr-platters-promise-80tb-hard-drives', [
   ('AnandTech', O), ('Showa Denko K.K.', O), ('SDK', O), ('Heat Assisted Magnetic Recording', X),
   ('HAMR', X), ('Seagate', O)]),
})

# Issue 16's fifth widening (branch ner18o): a second first-sight reading of
# whole English pages of the trafilatura corpus, made the same way as the
# fourth widening (the extracted body kept in the JSON file).
pages.update({
 'luxuryhaven-hyatt-phu-quoc': ('https://www.luxuryhaven.co/2019/05/nam-nghi-phu-quoc-unbound-collection-by-hyatt-officially-opens.html', [
   ('Nam Nghi Phu Quoc', L), ('Sunset Ocean Front Villa', X), ('Sunrise Ocean Front Villa', X),
   ('Hyatt Hotels Corporation', O), ('NYSE', O), ('The Unbound Collection by Hyatt', X), ('Southeast Asia', L),
   ('Phu Quoc', L), ('Vietnam', L), ('David Udell', P), ('Asia Pacific', L), ('Hyatt', O), ('Nha Trang', L),
   ('Hoi An', L), ('UNESCO', O), ('Kien Giang Biosphere Reserve', L), ('Julian Moore', P),
   ('Ocean Reflection', L), ('Tree House', L), ('Rock Island Club', L), ('An Mai Spa', L), ('Kids Club', L),
   ('Hong Bang', L), ('Gulf of Thailand', L), ('Hotel SOFIA Barcelona', L), ('Barcelona', L), ('Spain', L),
   ('Royal Palms Resort and Spa', L), ('Phoenix', L), ('The Confidante', L), ('Miami Beach', L), ('Fla.', L),
   ('Ocean Resort Casino', L), ('Atlantic City', L), ('N.J.', L), ('The Eliza Jane', L), ('New Orleans', L),
   ('The Bellevue Hotel', L), ('Philadelphia', L), ('Holston House', L), ('Nashville', L), ('Tenn.', L),
   ('The Driskill', L), ('Austin', L), ('Texas', L), ('Spirit Ridge', L), ('Osoyoos', L),
   ('British Columbia', L), ('Hôtel Martinez', L), ('Cannes', L), ('France', L), ('Hôtel du Louvre', L),
   ('Paris', L), ('Jinmao Hotel Lijiang', L), ('Lijiang', L), ('China', L), ('Nish Palas', L), ('Istanbul', L),
   ('Carmelo Resort & Spa', L), ('Uruguay', L)]),
 'tonedeaf-luboku-ep': ('https://tonedeaf.thebrag.com/record-of-the-week-luboku-pale-blue-dot-lift-off/', [
   ('NASA', O), ('Voyager 1', X), ('Earth', L), ('Luboku', P), ('Valentine’s Day', E),
   ('Pale Blue Dot / Lift Off', W), ('Lift Off', W), ('Carl Sagan', P), ('Michael Di Iorio', P),
   ('The Brag Magazine', O), ('Kyle Hughes', P), ('Augustus Welby', P), ('LUBOKU', P), ('LIFT OFF TOUR', E),
   ('COLOUR CLUB', L), ('MELBOURNE', L), ('OAF GALLERY BAR', L), ('SYDNEY', L)]),
 'tofugu-dezuka-suisan': ('https://www.tofugu.com/travel/dezuka-suisan/', [
   ('Kanae Nakamine', P), ('Koichi', P), ('Seven Eleven', O), ('出塚水産', O), ('Dezuka Suisan', O),
   ('Monbetsu', L), ('Hokkaido', L), ('Ezura Family', P), ('Kanae', P), ('New Chitose Airport', L),
   ('Moeko', P), ('Viet', P), ('Jenny', P), ('Minatocho', L), ('Mombetsu', L), ('Japan', L)]),
 'diem25-green-deal': ('https://diem25.org/the-eus-green-deal-isnt-enough-save-from-climate-catastrophe/', [
   ('European Union', O), ('EU', O), ('Ursula von der Leyen', P), ('Fridays For Future', O),
   ('Extinction Rebellion', O), ('The EU is cheating with numbers — and stealing our future', W),
   ('Greta Thunberg', P), ('Paris Agreement', X), ('Intergovernmental Panel on Climate Change', O),
   ('IPCC', O), ('United Nations', O), ('China', L), ('United States', L), ('Europe', L), ('US', L),
   ('Green New Deal for Europe', X), ('GNDE', X), ('Green New Deal', X), ('Global South', L),
   ('Kyoto protocol', X), ('Markus Spiske', P), ('Pexels', O)]),
})
pages.update({
 'harpers-open-letter': ('https://harpers.org/a-letter-on-justice-and-open-debate/', [
   ('Donald Trump', P), ('Elliot Ackerman', P), ('Saladin Ambar', P), ('Rutgers University', O),
   ('Martin Amis', P), ('Anne Applebaum', P), ('Marie Arana', P), ('Margaret Atwood', P),
   ('John Banville', P), ('Mia Bay', P), ('Louis Begley', P), ('Roger Berkowitz', P), ('Bard College', O),
   ('Paul Berman', P), ('Sheri Berman', P), ('Barnard College', O), ('Reginald Dwayne Betts', P),
   ('Neil Blair', P), ('David W. Blight', P), ('Yale University', O), ('Jennifer Finney Boylan', P),
   ('David Bromwich', P), ('David Brooks', P), ('Ian Buruma', P), ('Lea Carpenter', P), ('Noam Chomsky', P),
   ('MIT', O), ('Nicholas A. Christakis', P), ('Roger Cohen', P), ('Frances D. Cook', P),
   ('Drucilla Cornell', P), ('uBuntu Project', O), ('Kamel Daoud', P), ('Meghan Daum', P),
   ('Gerald Early', P), ('Washington University-St. Louis', O), ('Jeffrey Eugenides', P),
   ('Dexter Filkins', P), ('Federico Finchelstein', P), ('The New School', O), ('Caitlin Flanagan', P),
   ('Richard T. Ford', P), ('Stanford Law School', O), ('Kmele Foster', P), ('David Frum', P),
   ('Francis Fukuyama', P), ('Stanford University', O), ('Atul Gawande', P), ('Harvard University', O),
   ('Todd Gitlin', P), ('Columbia University', O), ('Kim Ghattas', P), ('Malcolm Gladwell', P),
   ('Michelle Goldberg', P), ('Rebecca Goldstein', P), ('Anthony Grafton', P), ('Princeton University', O),
   ('David Greenberg', P), ('Linda Greenhouse', P), ('Rinne B. Groff', P), ('Sarah Haider', P),
   ('Jonathan Haidt', P), ('NYU-Stern', O), ('Roya Hakakian', P), ('Shadi Hamid', P),
   ('Brookings Institution', O), ('Jeet Heer', P), ('The Nation', O), ('Katie Herzog', P),
   ('Susannah Heschel', P), ('Dartmouth College', O), ('Adam Hochschild', P),
   ('Arlie Russell Hochschild', P), ('Eva Hoffman', P), ('Coleman Hughes', P), ('Manhattan Institute', O),
   ('Hussein Ibish', P), ('Arab Gulf States Institute', O), ('Michael Ignatieff', P), ('Zaid Jilani', P),
   ('Bill T. Jones', P), ('New York Live Arts', O), ('Wendy Kaminer', P), ('Matthew Karp', P),
   ('Garry Kasparov', P), ('Renew Democracy Initiative', O), ('Daniel Kehlmann', P), ('Randall Kennedy', P),
   ('Khaled Khalifa', P), ('Parag Khanna', P), ('Laura Kipnis', P), ('Northwestern University', O),
   ('Frances Kissling', P), ('Center for Health, Ethics, Social Policy', O), ('Enrique Krauze', P),
   ('Anthony Kronman', P), ('Joy Ladin', P), ('Yeshiva University', O), ('Nicholas Lemann', P),
   ('Mark Lilla', P), ('Susie Linfield', P), ('New York University', O), ('Damon Linker', P),
   ('Dahlia Lithwick', P), ('Slate', O), ('Steven Lukes', P), ('John R. MacArthur', P), ('Susan Madrak', P),
   ('Phoebe Maltz Bovy', P), ('Greil Marcus', P), ('Wynton Marsalis', P), ('Jazz at Lincoln Center', O),
   ('Kati Marton', P), ('Debra Mashek', P), ('Deirdre McCloskey', P),
   ('University of Illinois at Chicago', O), ('John McWhorter', P), ('Uday Mehta', P),
   ('City University of New York', O), ('Andrew Moravcsik', P), ('Yascha Mounk', P), ('Persuasion', O),
   ('Samuel Moyn', P), ('Meera Nanda', P), ('Cary Nelson', P),
   ('University of Illinois at Urbana-Champaign', O), ('Olivia Nuzzi', P), ('New York Magazine', O),
   ('Mark Oppenheimer', P), ('Dael Orlandersmith', P), ('George Packer', P), ('Nell Irvin Painter', P),
   ('Greg Pardlo', P), ('Rutgers University – Camden', O), ('Orlando Patterson', P), ('Steven Pinker', P),
   ('Letty Cottin Pogrebin', P), ('Katha Pollitt', P), ('Claire Bond Potter', P), ('Taufiq Rahim', P),
   ('Zia Haider Rahman', P), ('Jennifer Ratner-Rosenhagen', P), ('University of Wisconsin', O),
   ('Jonathan Rauch', P), ('The Atlantic', O), ('Neil Roberts', P), ('Melvin Rogers', P),
   ('Brown University', O), ('Kat Rosenfield', P), ('Loretta J. Ross', P), ('Smith College', O),
   ('J.K. Rowling', P), ('Salman Rushdie', P), ('Karim Sadjadpour', P), ('Carnegie Endowment', O),
   ('Daryl Michael Scott', P), ('Howard University', O), ('Diana Senechal', P), ('Jennifer Senior', P),
   ('Judith Shulevitz', P), ('Jesse Singal', P), ('Anne-Marie Slaughter', P), ('Andrew Solomon', P),
   ('Deborah Solomon', P), ('Allison Stanger', P), ('Middlebury College', O), ('Paul Starr', P),
   ('American Prospect', O), ('Wendell Steavenson', P), ('Gloria Steinem', P), ('Nadine Strossen', P),
   ('New York Law School', O), ('Ronald S. Sullivan Jr.', P), ('Harvard Law School', O),
   ('Kian Tajbakhsh', P), ('Zephyr Teachout', P), ('Fordham University', O), ('Cynthia Tucker', P),
   ('University of South Alabama', O), ('Adaner Usmani', P), ('Chloe Valdary', P), ('Helen Vendler', P),
   ('Judy B. Walzer', P), ('Michael Walzer', P), ('Eric K. Washington', P), ('Caroline Weber', P),
   ('Randi Weingarten', P), ('American Federation of Teachers', O), ('Bari Weiss', P), ('Cornel West', P),
   ('Sean Wilentz', P), ('Garry Wills', P), ('Thomas Chatterton Williams', P), ('Robert F. Worth', P),
   ('Molly Worthen', P), ('University of North Carolina at Chapel Hill', O), ('Matthew Yglesias', P),
   ('Emily Yoffe', P), ('Cathy Young', P), ('Fareed Zakaria', P)]),
})

# Issue 16's fourteenth round (branch ner19b): Mozilla readability's test
# pages (codeberg.org/readeck/go-readability/v2 v2.1.3, test-pages/NAME/
# source.html, Apache-2.0), business and technology news, annotated at first
# sight: the fresh half F of the tune part. The body is the page as
# `margin extract` clips it, the lines above the first blank line dropped,
# kept in the JSON file. An entry is (key, names, url): the key names the
# test page, the URL is the page's canonical link.
pages.update({
 'msn-super-mario-run': ('readability:test-pages/msn', [
   ('Super Mario Run', W), ('iPhone', X), ('iPad', X), ('Super Mario', W), ('Mario', P), ('Temple Run', W),
   ('Android', X)], 'http://www.businessinsider.com/super-mario-run-december-15-2016-11'),
 'ars-minecraft-exploit': ('readability:test-pages/ars-1', [
   ('Minecraft', W), ('Pakistan-based', None), ('Ammar Askar', P), ('Mojang', O), ('Named Binary Tag', X),
   ('NBT', X), ('nbt', X), ('Askar', P), ('json', X), ('zlib', X), ('gzip', X), ('java', X),
   ('Block Placement Packet', X), ('Creative Inventory Action', X), ('Ars', O)],
   'https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/'),
 'cnet-zuckerberg-acquisitions': ('readability:test-pages/cnet', [
   ('Facebook', O), ('Mark Zuckerberg', P), ('Zuckerberg', P), ('WhatsApp', O), ('Instagram', O),
   ('Oculus VR', O), ('Oculus', O), ('ZeniMax Media', O), ('Business Insider', O), ('Snapchat', O),
   ('Evan Spiegel', P), ('CNET', O), ('Tech Enabled', W), ('Technically Literate', W)],
   'https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/'),
 'verge-vision-pro-hands-on': ('readability:test-pages/theverge', [
   ('Vision Pro', X), ('iPhone 4', X), ('Alex Heath', P), ('Command Line', W), ('The Information', O),
   ('Apple', O), ('Retina display', X), ('Steve Jobs', P), ('Apple Vision Pro', X), ('Cupertino', L),
   ('California', L), ('Meta Quest Pro', X), ('Zeiss', O), ('iPhone', X), ('Face ID', X), ('Avatar', W),
   ('Messages', X), ('Safari', X), ('Photos', X), ('David Pierce', P), ('Ford Focus', X)],
   'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions'),
 'yahoo-psvr-games': ('readability:test-pages/yahoo-1', [
   ('Sony', O), ('PlayStation VR', X), ('PSVR', X), ('Rez Infinite', W), ('Rez', W), ('Area X', X),
   ('Thumper', W), ('Tron', W), ('Simon', W), ('Cthulhu', P), ('Until Dawn: Rush of Blood', W),
   ('Until Dawn', W), ('PS4', X), ('Rush of Blood', W), ('Hell', L), ('Headmaster', W), ('Portal', W),
   ('RIGS: Mechanized Combat League', W), ('RIGS', W), ('Dramamine', X), ('Batman Arkham VR', W),
   ('Batman', P), ('Rocksteady Games', O), ('Dark Knight', P), ('Arkham', W), ('Job Simulator', W),
   ('HTC Vive', X), ('Eve Valkyrie', W), ('Oculus Rift', X), ('Rift', X), ('Battlestar Galactica', W),
   ('Ben Silverman', P), ('Twitter', O)], 'http://finance.yahoo.com/news/best-psvr-games-170003443.html'),
 'nyt-yahoo-verizon-sale': ('readability:test-pages/nytimes-2', [
   ('Yahoo', O), ('Verizon', O), ('Excalibur', X), ('Alibaba Group', O), ('Yahoo Japan', O), ('Mozilla', O),
   ('Remain Co.', O), ('Alibaba', O), ('Snapchat', O), ('Tumblr', O), ('Google', O), ('Facebook', O),
   ('AOL', O), ('Investment Company Act of 1940', X), ('Dell', O), ('Delaware', L), ('Morris Trust', X),
   ('Marissa Mayer', P)],
   'https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html'),
 'nyt-debt-interest': ('readability:test-pages/nytimes-4', [
   ('Medicaid', X), ('Congressional Budget Office', O), ('C. Eugene Steuerle', P), ('Urban Institute', O),
   ('Urban-Brookings Tax Policy Center', O), ('Washington', L), ('House', O), ('Republicans', O),
   ('Mark Warner', P), ('Virginia', L), ('Democrat', O), ('Great Depression', E), ('U.S.', L),
   ('Jeffrey Frankel', P), ('Harvard', O), ('Frankel', P), ('Marc Goldwein', P),
   ('Committee for a Responsible Federal Budget', O), ('Department of Defense', O), ('Trump', P),
   ('Congress', O), ('Federal Reserve', O), ('Fed', O), ('Goldwein', P), ('Treasury', O),
   ('United States', L), ('Tax Policy Center', O), ('Greece', L), ('Argentina', L), ('William G. Gale', P),
   ('Brookings Institution', O), ('Charles Schultze', P), ('Council of Economic Advisers', O), ('Carter', P),
   ('Obama', P), ('Mitch McConnell', P), ('Kentucky', L), ('Senate', O), ('James Lankford', P),
   ('Oklahoma', L), ('Republican about-face', None), ('Republican', O), ('Lankford', P), ('Democrats', O),
   ('Warner', P), ('Nelson D. Schwartz', P), ('Wall Street', L), ('Paris', L), ('The Times', O),
   ('Sunday Business', W), ('New York', L),
   ('What May Soon Exceed Cost of U.S. Military? Interest on U.S. Debt', W)],
   'https://www.nytimes.com/2018/09/25/business/economy/us-government-debt-interest.html'),
})

# Issue 16's fourteenth round (branch ner19c): Mozilla readability's test
# pages (codeberg.org/readeck/go-readability/v2 v2.1.3, test-pages/NAME/
# source.html), annotated at first sight, made the same way as the fourth
# widening; the key names the test page, the third field is the page's URL
# where its canonical link gives one.
pages.update({
 'tmz-nyongo-dress-stolen': ('readability:test-pages/tmz-1', [
   ('Oscar', E), ('TMZ', O), ("Lupita Nyong'o", P), ('Lupita', P), ('The London West Hollywood', L),
   ('The London', L)], 'http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/'),
 'buzzfeed-diet-pills-death': ('readability:test-pages/buzzfeed-1', [
   ('West Merica Police', O), ('Eloise Parry', P), ('Royal Shrewsbury hospital', L, 'Royal Shrewsbury'),
   ('Fiona', P), ('Eloise', P), ('West Mercia police', O, 'West Mercia'), ('Jennifer Mattinson', P),
   ('Food Standards Agency', O), ('Fiona Parry', P)], 'http://www.buzzfeed.com/markdistefano/diet-pills-burns-up'),
 'webmd-peanut-allergy': ('readability:test-pages/webmd-1', [
   ('New England Journal of Medicine', O), ('American Academy of Allergy, Asthma and Immunology', O),
   ('Houston', L), ('Katie Allen', P), ('Center for Food and Allergy Research', O),
   ('Murdoch Children’s Research Institute', O), ('Melbourne', L), ('Australia', L), ('Allen', P),
   ('Viaskin', X), ('U.S.', L)]),
 'webmd-superbugs': ('readability:test-pages/webmd-2', [
   ('CDC', O), ('Los-Angeles', L), ('White House', L), ('Stephen Calderwood', P),
   ('Infectious Diseases Society of America', O), ('Brian K. Coombes', P), ('McMaster University', O),
   ('Ontario', L), ('Eric Biondi', P), ('Coombes', P)]),
 'yahoo-flag-baby-photo': ('readability:test-pages/yahoo-3', [
   ('Navy', O), ('Facebook', O), ('Vanessa Hicks', P), ('Hicks', P), ('Afghanistan', L), ('Super Bowl', E),
   ('Antarctica', L), ('Penguin Post Office', L), ('ABC News', O), ('U.S. Flag Code', X), ('U.S.', L),
   ('Federal Flag Code', X), ('Supreme Court', O), ('First Amendment', X), ('USO', O)],
  'https://gma.yahoo.com/veteran-wraps-baby-american-flag-photo-sparks-controversy-175203890--abc-news-topstories.html'),
 'mnt-aha-moment-brain': ('readability:test-pages/medicalnewstoday', [
   ('Freud', P), ('Columbia University', O), ('New York City', L), ('NY', L), ('Michael Shadlen', P),
   ('Shadlen', P), ('Mortimer B. Zuckerman Mind Brain Behavior Institute', O), ('Current Biology', O)],
  'https://www.medicalnewstoday.com/articles/318674.php'),
 'guardian-maori-whale-strandings': ('readability:test-pages/guardian-1', [
   ('Hori Parata', P), ('Parata', P), ('New Zealand', L), ('Northland', L), ('Ngātiwai', O), ('Pātaua', L),
   ('Aotearoa', L), ('Kauri (Te Kaurinui Robert) Parata', P), ('Kauri is a member', P, 'Kauri'),
   ('Whangārei', L), ('Whangārei Harbour', L), ('Manu Taupunga', O),
   ('New Zealand Department of Conservation', O), ('Department of Conservation', O), ('Project Jonah', O),
   ('Stewart Island', L), ('Ninety Mile beach', L, 'Ninety Mile'), ('Ninety Mile Beach', L),
   ('Chatham Islands', L), ('Buck Cullen', P), ('Kaiarahi', P), ('Cullen', P), ('South Taranaki', L),
   ('Kaupokonui', L), ('Te Kaurinui Robert Parata', P), ('Te Kaurinui Parata', P), ('Te Kaurinui', P),
   ('Hihiaua Cultural Centre', L), ('Tāne Mahuta', X), ('Tamaterau', L), ('Kaitaia', L),
   ('Jamie Werner', P), ('Werner', P)],
  'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings'),
 'nytimes-nyc-winter-utilities': ('readability:test-pages/nytimes-3', [
   ('New York', L), ('New York Today', W), ('Manhattan', L), ('Lower Manhattan', L), ('Lower East Side', L),
   ('New York City', L), ('Patrick McHugh', P), ('McHugh', P), ('Con Edison', O),
   ('CreditMichael Appleton', P, 'Michael Appleton'), ('The New York Times', O), ('Tasos Georgelis', P),
   ('Georgelis', P), ('Department of Environmental Protection', O), ('Environmental Protection', O),
   ('Environmental Protection Department', O), ('West Side', L), ('Bushwick', L), ('Brooklyn', L),
   ('CreditFred R. Conrad', P, 'Fred R. Conrad'), ('Rae Zimmerman', P), ('New York University', O),
   ('Matt Cruz', P), ('CreditHiroko Masuike', P, 'Hiroko Masuike'), ('Ian Michaels', P), ('Michaels', P),
   ('Department of Design and Construction', O), ('CreditÃngel Franco', P, 'Ãngel Franco'),
   ('Bill de Blasio', P), ('de Blasio', P), ('Joe Carbone', P), ('Transportation Department', O),
   ('Queens', L), ('CreditChang W. Lee', P, 'Chang W. Lee'), ('Nehemiah Dejesus', P), ('Dejesus', P),
   ('Milton Velez', P), ('Showtime at the Apollo', W), ('Corey Kilgannon', P), ('Metro', O),
   ('Character Study', W), ('Metropolitan', W), ('Pulitzer Prize for Breaking News', X), ('Facebook', O),
   ('Under the City’s Streets, A Battle Against Winter', W)],
  'https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html'),
})

# Issue 16's sixth widening (branch ner19a): Mozilla readability's test
# pages (the Go module codeberg.org/readeck/go-readability/v2 v2.1.3,
# test-pages/NAME/source.html), annotated at first sight, made the same way
# as the fourth widening (the extracted body kept in the JSON file). Their
# key names the test page; the third field is the page's canonical URL.
pages.update({
 'telegraph-mugabe-house-arrest': ('readability:test-pages/telegraph', [
   ('Zimbabwe', L), ('Robert Mugabe', P), ('Grace', P), ('G40', O), ('Mugabe', P), ('Blue House', L),
   ('Harare', L), ('Jonathan Moyo', P), ('Saviour Kasukuwere', P), ('Reuters', O), ('Fidelis Mukonori', P),
   ('West', L), ('Africa', L), ('Emmerson Mnangagwa', P), ('post-Mugabe', None), ('Mnangagwa', P),
   ('Morgan Tsvangirai', P), ('Britain', L), ('South Africa', L), ('Jacob Zuma', P), ('Sally', P),
   ('DisGrace', P), ('Gucci Grace', P), ('Zanu-PF', O)],
   'http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/'),
 'breitbart-snopes-emery': ('readability:test-pages/breitbart', [
   ('JIM WATSON', P), ('AFP', O), ('Getty Images', O), ('Snopes', O), ('David Emery', P), ('Twitter', O),
   ('Emery', P), ('Snopes.com', O), ('ABC News', O), ('Politifact', O), ('Vulture', O), ('Hamilton', W),
   ('Mike Pence', P), ('Chicago', L), ('Trump', P), ('anti-Trump', None), ('New York magazine', O, 'New York'),
   ('Facebook', O)],
   'http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/'),
 'cnn-us-poverty-inequality': ('readability:test-pages/cnn', [
   ('U.S.', L), ('Stanford University', O), ('Center on Poverty and Inequality', O), ('SmartAsset.com', O),
   ('Finland', L), ('Norway', L), ('Australia', L), ('Canada', L), ('Germany', L), ('France', L),
   ('United Kingdom', L), ('Italy', L), ('Spain', L), ('United States', L), ('CNNMoney', O), ('New York', L)],
   'http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html'),
 'nytimes-sudan-sanctions': ('readability:test-pages/nytimes-1', [
   ('LONDON', L), ('Sudan', L), ('Obama', P), ('Africa', L), ('United States', L), ('South Sudan', L),
   ('Bill Clinton', P), ('Osama bin Laden', P), ('Khartoum', L), ('Bin Laden', P), ('Kenya', L),
   ('Tanzania', L), ('United States Embassies', L), ('Clinton', P), ('Darfur', L), ('International Criminal Court', O),
   ('Omar Hassan al-Bashir', P), ('Bashir', P), ('Iran', L), ('Syria', L), ('Libya', L), ('Eric Reeves', P),
   ('Reeves', P), ('François-Xavier Bagnoud Center for Health and Human Rights', O),
   ('Harvard University', O), ('Donald J. Trump', P), ('Trump', P)],
   'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html'),
 'bbc-obama-gun-laws': ('readability:test-pages/bbc-1', [
   ('Barack Obama', P), ('US', L), ('BBC', O), ('Obama', P), ('North America', L), ('Jon Sopel', P),
   ('Louisiana', L), ('UK', L), ('EU', O), ('Iran', L), ('Congress', O), ('US Congress', O), ('Syria', L),
   ('Islamic State', O), ('Kenya', L), ('9/11', E), ('South Carolina', L), ('BBC News', O),
   ('Washington', L), ('Cuba', L), ('Gulf', L), ('White House', L), ('Nairobi', L), ('African Union', O),
   ('Ethiopia', L)],
   'http://www.bbc.com/news/world-us-canada-33646704'),
 'heraldsun-surveillance-laws': ('readability:test-pages/herald-sun-1', [
   ('Andrew Shearer', P), ('Justin Bassi', P), ('George Brandis', P), ('Australian Federal Police', O),
   ('Andrew Colvin', P), ('Malcolm Turnbull', P), ('News Corporation', O), ('Fairfax', O), ('ABC', O),
   ('Walkley', O), ('Tony Abbott', P), ('Abbott', P), ('Data Retention Bill', X), ('Parliament', O),
   ('Press Council', O), ('Joint Committee on Intelligence and Security', O), ('David Weisbrot', P),
   ('Britain', L), ('RSPCA', O), ('Ombudsman', O), ('ASIO', O),
   ('Inspector-General of Intelligence and Security', O), ('UK', L), ('Bill Shorten', P),
   ('House of Representatives', O), ('Senate', O), ('Stephen Conroy', P), ('Conroy', P),
   ('LAURIE OAKES', P), ('NINE NETWORK', O)],
   'http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014'),
 'wapo-netanyahu-us-ties': ('readability:test-pages/wapo-2', [
   ('Benjamin Netanyahu', P), ('Western Wall', L), ('Jerusalem', L), ('Israel', L), ('Thomas Coex', P),
   ('AFP', O), ('Getty Images', O), ('Obama', P), ('U.N. General Assembly', O), ('Iran', L),
   ('Netanyahu', P), ('U.S.-led', None), ('U.S.', L), ('Martin Indyk', P), ('Brookings Institution', O),
   ('Vladimir Putin', P), ('Reuters', O), ('Washington', L), ('Yitzhak Shamir', P), ('Madrid', L),
   ('George H.W. Bush', P), ('Soviet Union', L), ('Shamir', P), ('United States', L),
   ('Robert M. Danin', P), ('Council on Foreign Relations', O), ('Bush', P), ('Likud', O),
   ('White House', L), ('Josh Earnest', P), ('Air Force One', X), ('Earnest', P), ('Danin', P),
   ('Congress', O), ('Republicans', O), ('Indyk', P), ('United Nations', O), ('Mahmoud Abbas', P),
   ('Palestinian Authority', O), ('International Criminal Court', O), ('The Hague', L), ('Gaza', L),
   ('ICC', O), ('Steven Mufson', P), ('The Post', O), ('China', L)],
   'http://www.washingtonpost.com/business/economy/netanyahu-win-points-to-two-more-years-of-strained-us-israel-ties/2015/03/18/ca175d64-cd76-11e4-a2a7-9517a3a70506_story.html'),
 'wapo-tunisia-museum-attack': ('readability:test-pages/wapo-1', [
   ('CAIRO', L), ('Tunisia', L), ('Arab Spring', E), ('Islamic State', O), ('Bardo National Museum', L),
   ('Tunis', L), ('Habib Essid', P), ('Italy', L), ('Poland', L), ('Germany', L), ('Spain', L),
   ('Essid', P), ('Syria', L), ('Washington', L), ('White House', L), ('Josh Earnest', P), ('U.S.', L),
   ('U.S. Embassy', L), ('Reuters', O), ('Lotfi Azzouz', P), ('Amnesty International', O),
   ('London-based', None), ('World Travel and Tourism Council', O), ('Bardo museum', L, 'Bardo'),
   ('Azzouz', P), ('Ennahda', O), ('Egypt', L), ('Muslim Brotherhood', O), ('Muhammad', P),
   ('Ansar al-Sharia', O), ('al-Qaeda-linked', None), ('al-Qaeda', O), ('Rachid Ghannouchi', P),
   ('Libya', L), ('Sirte', L), ('Ajmi Lourimi', P), ('Lourimi', P), ('Interior Ministry', O),
   ('Djerba', L), ('Heba Habib', P)],
   'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html'),
})

# Issue 16's sixth widening, fresh pages at first sight (branch ner19g):
# news and magazine features of Mozilla readability's test pages, made as
# ner19a's were (the extracted body kept in the JSON file).
pages.update({
 'nbc-south-korea-impeachment': ('readability:test-pages/schema-org-context-object', [
   ('SEOUL', L), ('South Korea', L), ('South Korean', None), ('Yoon Suk Yeol', P), ('People Power Party', O),
   ('PPP', O), ('Yoon', P), ('East Asian', None), ('U.S.', L), ('Han Dong-hoon', P), ('Lee Jae-myung', P),
   ('Democratic Party', O), ('Lee', P), ('Margie Kim', P), ('Seoul', L), ('Gallup Korea', O),
   ('The Korea Times', O), ('U.S.-South Korea Nuclear Consultative Group', O), ('Washington', L),
   ('Biden', P), ('North Korea', L), ('China', L), ('Russia', L), ('Pacific Ocean', L),
   ('State Department', O), ('Vedant Patel', P), ('Kim Yong-hyun', P), ('Kim', P), ('Lee Sang-min', P),
   ('Ministry of National Defense', O), ('National Assembly', L), ('the South technically', L, 'South'),
   ('Han', P), ('Supreme Court', O), ('Stella Kim', P), ('Jennifer Jett', P), ('Hong Kong', L),
   ('Abigail Williams', P), ('Beomsu Jo', P)],
   'https://www.nbcnews.com/news/world/south-korea-martial-law-president-yoon-suk-yeol-impeachment-vote-rcna183138'),
 'salon-uber-sharing-economy': ('readability:test-pages/salon-1', [
   ('Uber', O), ('Sydney', L), ('Australia', L), ('Man Haron Monis', P), ('Central Business District', L),
   ('CBD', L), ('Reuters', O), ('Mashable', O), ('@Uber_Sydney', None), ('Twitter', O), ('Ayn Rand', P),
   ('Tyler Cowen', P), ('Hurricane Sandy', E), ('New York', L), ('Walmart', O), ('Obamacare', X),
   ('Affordable Care Act', X), ('ACA', X), ('Alexis Madrigalreports', P, 'Alexis Madrigal'),
   ('City Hall', L), ('San Francisco', L), ('Los Angeles', L), ('Teamsters', O), ('God View', X),
   ('God view', X), ('White House', L), ('David Plouffe', P),
   ('A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster', W),
   ('Rebecca Solnit', P)],
   'http://www.salon.com/2015/02/01/the_sharing_economy_is_a_lie_uber_ayn_rand_and_the_truth_about_tech_and_libertarians/'),
 'seattletimes-amazon-halibut': ('readability:test-pages/seattletimes-1', [
   ('Fisherman’s Terminal', L), ('Seattle', L), ('Wade Bassi', P), ('Amazon-owned', None),
   ('Whole Foods Market', O), ('Bassi', P), ('Whole Foods', O), ('Amazon', O), ('Prime', X),
   ('Walmart', O), ('Kroger', O), ('Costco', O), ('Tom Forte', P), ('D.A. Davidson', O), ('Forte', P),
   ('Jeff Bezos', P), ('Sam’s Club', O), ('Tyler Besecker', P), ('Mercer Island-based', None),
   ('Dana F. Besecker Company', O), ('Pacific halibut', None), ('Kroger-owned', None), ('QFC', O),
   ('Besecker', P), ('Westlake', L), ('Marine Stewardship Council', O), ('MSC', O),
   ('Certified Sustainable Seafood', X), ('MSC-certified', None), ('Bob Alverson', P),
   ('Fishing Vessel Owners Association', O), ('Alverson', P), ('U.S.', L), ('Ananth Iyer', P),
   ('Purdue University', O), ('Iyer', P), ('Rice Krispies Treats', X), ('Rice Krispies', X),
   ('automated Go convenience', O, 'Go'), ('new 365 stores', O, '365'), ('John Mackey', P),
   ('Yahoo Finance', O), ('Coresight Research', O), ('Solimo', X), ('K-Cup', X), ('1010data', O),
   ('Easter', E), ('Polaris', X), ('Washington-based', None), ('Rolfe McCartney', P),
   ('Ballard Locks', L), ('Inside Passage', L), ('Ketchikan', L), ('Alaska', L), ('Kodiak', L),
   ('Attu Island', L), ('Aleutian Islands', L), ('Mother’s Day', E), ('Seattle-based', None),
   ('International Pacific Halibut Commission', O), ('Northern Pacific', L), ('Bering Sea', L)],
   'https://www.seattletimes.com/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/'),
})

# Issue 16's sixth widening (branch ner19i): Mozilla readability's test
# pages (the Go module codeberg.org/readeck/go-readability/v2 v2.1.3,
# test-pages/NAME/source.html), features and opinion, annotated at first
# sight, made the same way as the fourth widening (the extracted body kept in
# the JSON file). Their key names the test page; the third field is the
# page's canonical URL where it has one.
pages.update({
 'medium-literally-abuse': ('readability:test-pages/medium-2', [
   ('Courtney', P), ('Alice in Wonderland', W), ('Comic Sans', X), ('Papyrus', X), ('Matthew Inman', P),
   ('The Oatmeal', W)],
   'https://medium.com/@ckirchoff/on-behalf-of-literally-429fab868ca8'),
 'iab-lean-ads': ('readability:test-pages/iab-1', [
   ('World Wide Web', X), ('IAB Tech Lab', O), ('L.E.A.N. Ads', X), ('L.E.A.N.', X),
   ('Executive Committee of the IAB Tech Lab Board', O), ('IABs', O),
   ('IAB Tech Lab Ad Blocking Working Group', O)],
   'http://www.iab.com/news/lean'),
 'citylab-neon-history': ('readability:test-pages/citylab-1', [
   ('William Ramsay', P), ('Moulin Rouge', L), ('Paris', L), ('Las Vegas Strip', L), ('New York', L),
   ('Times Square', L), ('Ramsay', P), ('Morris W. Travers', P), ('Georges Claude', P), ('Claude', P),
   ('L’être et le Néon', W), ('Michael Wells', P), ('Luis de Miranda', P), ('de Miranda', P),
   ('De Miranda', P), ('Being and Neonness', W), ('Twitter', O), ('Miami Beach', L), ('California', L),
   ('Europe', L), ('Pablo Picasso', P), ('Coco Chanel', P), ('Gertrude Stein', P), ('Claude Debussy', P),
   ('Paris Motor Show', E), ('Boulevard Montmartre', L), ('United States', L), ('Los Angeles', L),
   ('Packard Motor Car Company', O), ('Packard signs', O, 'Packard'),
   ('Chicago Century of Progress Exposition', E), ('World’s Fair', E), ('Futurama', X),
   ('General Motors', O), ('Warsaw', L), ('CityLab Daily', W), ('First World War', E),
   ('Bruce Nauman', P), ('My Name as Though It Were Written on the Surface of the Moon', W),
   ('Tracey Emin', P), ('Valentine’s Day', E), ('You Loved Me Like a Distant Star', W),
   ('The Kiss Was Beautiful', W), ('Let There Be Neon', O), ('Manhattan', L), ('L.A.-based', None),
   ('Lisa Schulte', P), ('Museum of Neon Art', L), ('Neon Museum', L), ('Las Vegas', L),
   ('The Atlantic', O)],
   'https://www.citylab.com/design/2019/04/neon-signage-20th-century-history/588400/'),
 'aclu-facebook-tracking': ('readability:test-pages/aclu', [
   ('Facebook', O), ('Cambridge Analytica', O), ('Like', X), ('Share', X), ('Facebook-specific', None),
   ('Chromium', X), ('NetLog', X), ('ACLU', O), ('Tor Browser', X), ('Firefox', X), ('Chrome', X),
   ('Instagram', O), ('Atlas', O), ('WhatsApp', O), ('Google', O)],
   'https://www.aclu.org/blog/privacy-technology/internet-privacy/facebook-tracking-me-even-though-im-not-facebook'),
})

# Issue 16's sixth widening, fourth first-sight reading (branch ner19h):
# technology and culture news of Mozilla readability's test pages, made as
# the blocks above (the extracted body kept in the JSON file; the third
# field is the page's canonical URL).
pages.update({
 'wikia-star-wars-original-cuts': ('readability:test-pages/wikia', [
   ('Lucasfilm', O), ('Star Wars Saga', W), ('Celebration Orlando', E), ('MakingStarWars.net', O),
   ('Star Wars', W), ('VHS', X), ('Star Wars Special Editions', W), ('Special Editions', W),
   ('George Lucas', P), ('A New Hope', W), ('The Empire Strikes Back', W), ('Return of the Jedi', W),
   ('Han', P), ('Blu-ray', X), ('Industrial Light & Magic', O), ('ILM', O), ('The Phantom Menace', W),
   ('Disney', O), ('Attack of the Clones', W), ('Revenge of the Sith', W), ('Celebration Anaheim', E),
   ('The Force Awakens', W), ('Greedo', P), ('Han Solo', P), ('John Knoll', P), ('Rogue One', W),
   ('Fandom', O), ('Fan Contributor Program', X), ('Fandom.com', O)],
   'http://fandom.wikia.com/articles/star-wars-original-cuts-might-get-released-40th-anniversary'),
 'spiceworks-vidyard-video-tools': ('readability:test-pages/spiceworks', [
   ('Vidyard', O), ('Zoom', O), ('Michael Litt', P), ('android', X), ('iOS', X), ('Pro', X), ('Teams', X),
   ('Business', X), ('Enterprise', X)],
   'https://www.spiceworks.com/marketing/marketing-strategy/news/rewriting-rules-of-engagement-with-video-in-2020-vidyard-introduces-new-features-on-its-video-platform/'),
 'wptavern-stack-overflow-jobs': ('readability:test-pages/wordpress', [
   ('Stack Overflow', O), ('Stack Overflow Jobs', X), ('ReactJS', X), ('Docker', X), ('Ansible', X),
   ('AJAX', X), ('Backbone.js', X), ('jQuery', X), ('WordPress', X), ('WordPress-powered', None),
   ('Bruce Van Horn', P), ('CSS', X), ('JSON', X), ('React', X), ('Redux', X), ('Angular2', X),
   ('PHP', X), ('React.js', X), ('Angular', X), ('HTML', X), ('JavaScript', X),
   ('Stack Overflow Developer Survey', X), ('Stack Overflow Documentation', X),
   ('Documentation product', X, 'Documentation')],
   'https://wptavern.com/stack-overflow-jobs-data-shows-reactjs-skills-in-high-demand-wordpress-market-oversaturated-with-developers'),
 'mcupdate-minecraft-bountiful-update': ('readability:test-pages/tumblr', [
   ('“Customized”', X, 'Customized'), ('Debug Mode', X), ('Alex', P), ('Minecraft Realms', X),
   ('Adventure mode', X, 'Adventure'), ('Herobrine', P)],
   'http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update'),
 'simplyfound-raspberry-pi-3': ('readability:test-pages/simplyfound-1', [
   ('Raspberry Pi Foundation', O), ('Raspberry Pi 256MB Model B', X), ('Raspberry Pi', X),
   ('International Space Station', L), ('UK', L), ('Raspberry Pi 3', X), ('ARM', O), ('Bluetooth 4.1', X),
   ('ARM Cortex-A53', X), ('Raspberry Pi 2', X), ('Raspberry PI', X), ('NOOBS', X),
   ('Raspbian', X)],
   'https://simplyfound.com/article/eb9a5e137034/raspberry-pi-3-the-credit-card-sized-pc-that-cost-only-35-all-time-bestselling-computer-in-uk'),
 'engadget-xbox-one-x-review': ('readability:test-pages/engadget', [
   ('Xbox One X', X), ('Xbox One X-enhanced', None), ('Sony', O), ('PlayStation 4 Pro', X), ('PS4 Pro', X),
   ('One X', X), ('Microsoft', O), ('Xbox One S', X), ('One S', X), ('Xbox One', X), ('Xbox', X),
   ('Xbox Live', X), ('Xbox 360', X), ('360 library', X, '360'), ('the X makes', X, 'X'),
   ('Blu-ray', X), ('Blu-rays', X), ('HDR 10', X), ('AMD Polaris', X), ('Kinect', X),
   ('Play and Charge kit', X, 'Play and Charge'), ('Gears of War 4', W), ('Killer Instinct', W),
   ("Super Lucky's Tale", W), ('Dolby Atmos', X), ('Atmos', X), ('Dolby', O), ('Dolby Vision', X),
   ('Performance mode', X, 'Performance'), ('PlayStation 4', X), ('PlayStation VR', X),
   ('Intel Core i7 4790k', X), ('NVIDIA GTX 1080', X), ('Forza Motorsport 7', W),
   ("Assassin's Creed Origins", W), ('Call of Duty: WW2', W), ('Halo 3', W), ('Fallout 3', W),
   ('Planet Earth II', W), ('Netflix', O), ('Windows Mixed Reality', X)],
   'https://www.engadget.com/2017/11/03/xbox-one-x-review/'),
})

# Issue 16's fifteenth round (branch ner20c): newspaper's test pages
# (github.com/codelucas/newspaper, tests/data/html/NAME.html, MIT; copies of
# news articles of 2014-2015), read at first sight, made as the blocks above
# (the extracted body kept in the JSON file; the third field is the page's
# canonical URL or og:url).
pages.update({
 'tnr-two-degrees-warming': ('newspaper:tests/data/html/tnr.com2.html', [
   ('William Nordhaus', P), ('European Council', O), ('United Nations', O), ('Cancun', L),
   ('Mexico', L), ('United Nations Environmental Program', O), ('Emissions Gap Report', X),
   ('Nature', O), ('Lima', L), ('Peru', L), ('NASA Goddard Institute for Space Studies', O),
   ('Gavin Schmidt', P), ('World Bank', O), ('MashableA', O, 'Mashable'), ('Boston', L),
   ('New York', L), ('Greenland', L), ('West Antarctica', L), ('West Antarctic', L), ('NASA', O),
   ('University of California at Irvine', O), ('Antarctica', L), ('Mt. Everest', L), ('U.S.', L),
   ('Climate Central', O), ('Mediterranean', L), ('North Africa', L), ('Middle East', L),
   ('Africa', L), ('South Asia', L)],
   'http://www.newrepublic.com/article/120578/global-warming-threshold-what-2-degrees-celsius-36-f-looks'),
 'pew-mexico-executive-action': ('newspaper:tests/data/html/pewresearch.org1.html', [
   ('Mexico', L), ('Obama', P), ('Pew Research Center', O), ('Pew Research', O), ('U.S.', L),
   ('Deferred Action for Childhood Arrivals', X), ('DACA', X), ('Affordable Care Act', X),
   ('NBC News', O), ('Wall Street Journal', O), ('Temporary Protected Status', X),
   ('Congress', O)],
   'http://www.pewresearch.org/fact-tank/2014/11/20/those-from-mexico-will-benefit-most-from-obamas-executive-action/'),
 'foxnews-reynosa-baby-killing': ('newspaper:tests/data/html/foxnews.com2.html', [
   ('Reynosa', L), ('Mexico', L), ('Nathaly Cartas Leon', P), ('Guadalupe Salinas Hernández', P),
   ('Facebook', O), ('Salinas', P), ('Cartas', P), ('Tamaulipas', L), ('Rio Grande', L),
   ('Hidalgo', L), ('Texas', L), ('Twitter', O), ('Instagram', O)],
   'http://latino.foxnews.com/latino/news/2014/12/23/teen-desperate-for-baby-kills-8-month-pregnant-woman-and-unborn-child-in-mexico/'),
 'livescience-mushrooms-brain-networks': ('newspaper:tests/data/html/livescience.com1.html', [
   ('WhiteHaven', P), ('Shutterstock.com', O), ('Paul Expert', P), ("King's College London", O),
   ('Journal of the Royal Society Interface', O), ('Expert', P), ('Live Science', O),
   ('Mitul Mehta', P), ('Tia Ghose', P), ('Twitter', O), ('Google+', X), ('Facebook', O)],
   'http://www.livescience.com/48502-magic-mushrooms-change-brain-networks.html'),
 'nj-christie-state-of-state': ('newspaper:tests/data/html/nj.com1.html', [
   ('TRENTON', L), ('Chris Christie', P), ('State of the State', E), ('New Jersey', L),
   ('Michael Doherty', P), ('Warren', L), ('Christie', P), ('Doherty', P),
   ('State of New Jersey', L), ('PolitickerNJ.com', O), ('NJ Advance Media', O), ('Camden', L),
   ('Republicans', O), ('Dawn Addiego', P), ('Burlington', L), ('the only Republican', O, 'Republican'),
   ('Port Authority', O), ('GOP', None), ('Steve Lonegan', P), ('Supreme Court', O),
   ('Abbott v. Burke', X), ('NJ', L), ('Brian Donohue', P), ('Star-Ledger', O), ('Tom Moran', P),
   ('Moran', P), ('NJ.com', O), ('Camden County', L), ('Hoboken', L), ('New York City', L),
   ('Abbott district', X, 'Abbott'), ('Phillipsburg', L), ('Pennslyvania', L), ('Democrats', O),
   ('Senate', O), ('Helen Hoens', P), ('Great Recession', E), ('U.S.', L), ('Ron Paul', P),
   ('Paul', P), ('Rand Paul', P), ('Kentucky', L)],
   'http://www.nj.com/politics/index.ssf/2015/01/conservative_nj_senator_rips_christie_over_state_o.html'),
 'huffpost-dimon-banks-assault': ('newspaper:tests/data/html/huffingtonpost.com1.html', [
   ('Bloomberg', O), ('Getty Images', O), ('JPMorgan Chase', O), ('Jamie Dimon', P), ('U.S.', L),
   ('Dimon', P), ('JPMorgan', O), ('J.P. Morgan', O), ('London Whale', P), ('Libor', X),
   ('Wall Street', L), ('Dodd-Frank', X), ('New York Times', O), ('Congress', O),
   ('Federal Reserve', O), ('Volcker Rule', X), ('House', O), ('Republicans', O)],
   'http://www.huffingtonpost.com/2015/01/14/jamie-dimon-banks-assault_n_6470358.html'),
})

# Issue 16's fifteenth round, first-sight reading of the second fresh set G
# (branch ner20e): six of newspaper's test pages (github.com/codelucas/
# newspaper, MIT, tests/data/html/NAME.html; copies of news articles of
# 2014-2015), made as the blocks above (`margin extract NAME.html`, the title
# and header lines dropped, the body kept in the JSON file); the key names the
# test page, the third field is the page's canonical URL (or og:url; for
# bloomberg.com1, whose links are empty, the URL margin extract reads).
pages.update({
 'usnews-2016-candidate-tracker': ('newspaper:tests/data/html/usnews.com1.html', [
   ('Iowa', L), ('New Hampshire', L), ('South Carolina', L), ('U.S. News', O), ('Lindsey Cook', P),
   ('Andrew Soergel', P), ('GOP', None), ('Ted Cruz', P), ('Texas', L), ('Rick Perry', P), ('Maryland', L),
   ("Martin O'Malley", P), ('Vermont', L), ('Bernie Sanders', P), ('Rand Paul', P), ('Ky.', L),
   ('Palmetto State', L), ('Github', O), ('Presidential Tracker', X), ('Dave Catanese', P)],
  'http://www.usnews.com/news/blogs/run-2016/2014/10/31/tracking-the-2016-presidential-candidates'),
 'nypost-amazon-macmillan-pricing': ('newspaper:tests/data/html/nypost.com1.html', [
   ('Macmillan', O), ('Amazon', O), ('Simon & Schuster', O), ('Hachette', O), ('Henry Holt', O),
   ('Picador', O), ('St. Martin’s', O), ('Germany-based', None), ('von Holtzbrinck', O), ('John Sargent', P),
   ('Sargent', P), ('Apple', O), ('Cupertino', L), ('Calif.', L), ('Department of Justice', O)],
  'http://nypost.com/2014/12/18/amazon-macmillan-make-peace-over-book-pricing/'),
 'gulflive-genealogy-conferences': ('newspaper:tests/data/html/gulflive.com1.html', [
   ('Federation of Genealogical Societies', O), ('Salt Lake City', L), ('Utah', L), ('RootsTech', E),
   ('Salt Palace Convention Center', L), ('North America', L), ('FGS 2015', E), ('D. Joshua Taylor', P),
   ('FGS', O), ('Salt Lake City Family History Library', L), ('National Genealogical Society', O),
   ('Family History Conference', E), ('St. Charles', L), ('Mo.', L), ('Missouri', L), ('Midwest', L),
   ('Colonial America', L), ('Eastern Europe', L), ('Daniel Boone Home & Heritage Center', L),
   ('Lewis & Clark Boathouse', L), ('St. Louis', L), ('National Archives Personnel Records Center', L),
   ('Board for Certification of Genealogists', O), ('NGS', O),
   ('Researching Your Revolutionary War Ancestors', W), ('Craig Roberts Scott', P), ('U.S.', L),
   ('Scott', P), ('National Archives', O), ('Revolutionary War', E), ('RW', E),
   ('America', L)],
  'http://blog.gulflive.com/mississippi-press-living/2014/12/sampling_history_new_year_offe.html'),
 'livescience-zombies-pop-culture': ('newspaper:tests/data/html/livescience.com2.html', [
   ('Dracula', P), ('Frankenstein', P), ('Halloween', E), ('George Romero', P),
   ('Night of the Living Dead', W), ('Ozzy Inguanzo', P),
   ('Zombies on Film: The Definitive Story of Undead Cinema', W), ('Rizzoli', O), ('Inguanzo', P),
   ('Live Science', O), ('Pride and Prejudice and Zombies', W), ('Haiti', L), ('Hollywood', L),
   ('UC Irvine', O), ('Amy Wilentz', P), ('New York Times', O), ('The Lancet', O), ('Bela Lugosi', P),
   ('Madge Bellamy', P), ('White Zombie', W), ('William Seabrook', P), ('Jungle Ways', W), ('Seabrook', P),
   ('Revenge of the Zombies', W), ('Hitler', P), ('I Am Legend', W), ('Richard Matheson', P),
   ('John Russo', P), ('Romero', P), ('Return of the Living Dead', W), ('Resident Evil', W), ('Marvel', O),
   ('Archie Comics', O), ('Afterlife with Archie', W), ('AMC', O), ('The Walking Dead', W),
   ('Brad Pitt', P), ('World War Z', W), ('Stephanie Pappas', P), ('Twitter', O), ('Google+', X),
   ('Facebook', O)],
  'http://www.livescience.com/48543-how-zombies-evolved-in-pop-culture.html'),
 'reuters-airasia-search': ('newspaper:tests/data/html/reuters.com3.html', [
   ('SURABAYA', L), ('Indonesia', L), ('JAKARTA', L), ('Reuters', O), ('AirAsia', O), ('Borneo', L),
   ('Indonesia AirAsia', O), ('Flight QZ8501', X), ('QZ8501', X), ('Airbus A320-200', X), ('Surabaya', L),
   ('Singapore', L), ('Fransiskus Bambang Soelistyo', P), ('Tony Fernandes', P), ('Yohannes', P),
   ('Herumanto Tanus', P), ('Tanus', P), ('Herumanto', P), ('Tri Rismaharini', P), ('God', P),
   ('Soelistyo', P), ('Australia', L), ('Malaysia', L), ('South Korea', L), ('United States', L),
   ('CFM International', O), ('General Electric', O), ('Safran', O), ('France', L), ('GE', O),
   ('Malaysian Airlines Flight MH370', X), ('Kuala Lumpur', L), ('Beijing', L), ('Flight MH17', X),
   ('Ukraine', L), ('Manila', L), ('Kalibo', L), ('Philippines', L), ('Britain', L), ('U.S.', L),
   ('Malaysia-based', None), ('Thailand', L), ('India', L), ('Fergus Jensen', P), ('Wilda Asmarini', P),
   ('Charlotte Greenfield', P), ('Fransiska Nangoy', P), ('Cindy Silviana', P), ('Kanupriya Kapoor', P),
   ('Michael Taylor', P), ('Nilufar Rizki', P), ('Siva Govindasamy', P), ('Al-Zaquan Amer Hamzah', P),
   ('Praveen Menon', P), ('KUALA LUMPUR', L), ('Saeed Azhar', P), ('Rujun Shen', P), ('Anshuman Daga', P),
   ('SINGAPORE', L), ('Jane Wardell', P), ('SYDNEY', L), ('Tim Hepher', P), ('PARIS', L),
   ('Mark Hosenball', P), ('David Brunnstrom', P), ('Lesley Wroughton', P), ('WASHINGTON', L),
   ('Dean Yates', P), ('Robert Birsel', P), ('Nick Macfie', P), ('Mike Collett-White', P)],
  'http://uk.reuters.com/article/2014/12/30/uk-indonesia-airplane-idUKKBN0K601G20141230'),
 'bloomberg-state-jobs-recovery': ('newspaper:tests/data/html/bloomberg.com1.html', [
   ('Nevada', L), ('Arizona', L), ('Florida', L), ('Alabama', L), ('Illinois', L), ('Michigan', L),
   ('New Jersey', L), ('Ohio', L), ('Mark Elias', P), ('Bloomberg', O), ('Kevin Yearout', P),
   ('Albuquerque', L), ('New Mexico', L), ('Great Depression', E), ('Yearout', P),
   ('Yearout Mechanical Inc.', O), ('U.S.', L), ('Labor Department', O), ('John Herrmann', P),
   ('Mitsubishi UFJ Securities USA Inc.', O), ('Herrmann', P), ('Texas', L), ('North Dakota', L),
   ('Oklahoma', L), ('Louisiana', L), ('Oregon', L), ('Federal Reserve Bank of Dallas', O),
   ('Richard Fisher', P), ('Federal Open Market Committee', O), ('Mark Zandi', P),
   ('Moody’s Analytics Inc.', O), ('West Chester', L), ('Pennsylvania', L), ('IHS Global Insight', O),
   ('Lexington', L), ('Massachusetts', L), ('James Diffley', P), ('Philadelphia', L),
   ('Ann Arbor-based', None), ('Center for Automotive Research', O), ('Moody’s Analytics', O),
   ('Gary Burtless', P), ('Brookings Institution', O), ('Washington', L), ('Brookings', O),
   ('Burtless', P), ('Georgia', L), ('Jim Mason', P), ('Taylor International Corp.', O),
   ('Las Vegas', L), ('Taylor employed', O, 'Taylor'), ('Trump Entertainment Resorts Inc.', O),
   ('Atlantic City', L), ('Connecticut', L), ('New York', L), ('Joseph Seneca', P),
   ('Rutgers University', O), ('New Brunswick', L), ('Ahmad Ijaz', P), ('University of Alabama', O),
   ('Tuscaloosa', L), ('Eddie Foreman', P), ('Opelika', L), ('Foreman', P),
   ('Los Alamos National Laboratory', O), ('Moody’s', O), ('Michael O’Donnell', P),
   ('Bureau of Business and Economic Research', O), ('University of New Mexico', O),
   ('Steve Matthews', P), ('Atlanta', L), ('Chris Wellisz', P), ('Gail DeGeorge', P), ('Carlos Torres', P)],
  'http://www.bloomberg.com/news/2014-09-30/job-woes-linger-in-29-states-as-u-s-recovers-unevenly.html'),
})

# Issue 16's fifteenth round (branch ner20b): newspaper's test pages
# (github.com/codelucas/newspaper, MIT, tests/data/html/NAME.html; copies of
# news articles of 2014-2015), annotated at first sight, made the same way
# as the fourth widening (the extracted body kept in the JSON file). Their
# key names the test page; the third field is the page's canonical URL, or
# its og:url where it has no canonical link.
pages.update({
 'dailybeast-vatican-nuns': ('newspaper:tests/data/html/thedailybeast.com1.html', [
   ('Catholic Church', O), ('VATICAN CITY', L), ('Benedict XVI', P), ('Church', O), ('Vatican', L),
   ('Francis', P), ('Marie Clare Millea', P), ('Millea', P),
   ('Congregation for the Doctrine of the Faith', O), ('Leadership Conference of Women Religious', O),
   ('LCWR', O), ('James Martin', P), ('Martin', P), ('The Daily Beast', O), ('Gerhard Müller', P),
   ('Muller', P), ('Mueller', P), ('Holy See', O), ('Sharon Holland', P), ('The Power of Sisterhood', W),
   ('Apostolic Visitation', E), ('Mary Ann Zollman', P), ('Loyola University', O), ('Rome', L)],
   'http://www.thedailybeast.com/articles/2014/12/16/the-vatican-s-rare-nod-to-american-nuns.html'),
 'tnr-ignatieff-politics-advice': ('newspaper:tests/data/html/tnr.com1.html', [
   ('Scott Fitzgerald', P), ('Nixon', P), ('John Kerry', P), ('Kerry', P), ('Vietnam', L),
   ('Congress', O), ('Mekong Delta', L), ('Michael', P), ('Michael Ignatieff', P), ('Harvard', O),
   ('Kennedy School', O), ('Fire and Ashes: Success and Failure in Politics', W),
   ('Liberal Party of Canada', O)],
   'http://www.newrepublic.com/article/120169/canadas-former-liberal-party-leader-offers-advice-young-liberals'),
 'bi-advisor-insights': ('newspaper:tests/data/html/businessinsider.com2.html', [
   ('Wikimedia Commons', O), ('FA Insights', W), ('Business Insider', O), ('Russia', L),
   ('Morningstar', O), ('Karin Anderson', P), ('Anderson', P), ('F-Squared', O),
   ('F-Squared Investments Inc.', O), ('The Wall Street Journal', O), ('Corrie Driebusch', P),
   ('SEC', O), ('Think Advisor', O), ('US', L), ('Bloomberg', O), ('Brent', X), ('Goldman Sachs', O),
   ('China', L), ('Janet Levaux', P), ('Financial Advisor Magazine', O),
   ('Securities and Exchange Commission', O), ('Rick Fleming', P), ('Fleming', P),
   ('Mary Jo White', P), ('Ted Knutson', P), ('Financial Planning', O), ('Charlotte Beyer', P),
   ('Beyer', P)],
   'http://www.businessinsider.com/financial-advisor-insights-december-29-2014-12'),
 'spacenews-nasa-omnibus': ('newspaper:tests/data/html/space.com2.html', [
   ('WASHINGTON', L), ('NASA', O), ('Obama', P), ('House', O), ('Senate', O),
   ('Space Launch System', X), ('Orion', X), ('SLS', X), ('Key Decision Point C', X), ('KDP-C', X),
   ('Europa', L), ('White House', L), ('Stratospheric Observatory for Infrared Astronomy', X),
   ('Department of Homeland Security', O), ('Congress', O), ('SpaceNews', O)],
   'http://www.space.com/27998-nasa-18-billion-omnibus-spending-bill.html'),
 'nola-wein-heritage-center': ('newspaper:tests/data/html/nola.com1.html', [
   ('New Orleans Jazz & Heritage Festival', E), ('George Wein', P), ('Wein', P),
   ('George and Joyce Wein Jazz & Heritage Center', L), ('1225 N. Rampart St.', L, 'N. Rampart St.'),
   ('Joyce', P), ('Mitch Landrieu', P), ('New Orleans Jazz and Heritage Foundation', O),
   ('Jazz Fest', E), ('Jazz & Heritage Center', L), ('Tremé', L), ('Don Marshall', P),
   ('Jazz & Heritage Foundation', O), ('Tharp-Sontheimer-Laudumiey Funeral Home', L),
   ('Don "Moose" Jamison Heritage School of Music', O), ('Kidd Jordan', P),
   ('Heritage School of Music', O), ('Jazz and Heritage Festival', E), ('George and', P, 'George'),
   ('Joyce Wein', P), ('Goldring Family Foundation', O), ('ArtPlace', O),
   ('Louis Prima and Gia Maione Prima Foundation', O), ('Ella West Freeman Foundation', O),
   ('Helis Foundation', O), ('State of Louisiana', L), ('Shure', O), ('Yahama', O), ('Casio', O),
   ('Zildjian', O), ("D'Addario", O), ('Newport Jazz Festival', E), ('New Orleans', L),
   ('International Jazz Festival', E), ('Festival Productions', O),
   ('New Orleans Jazz & Heritage Festival and Louisiana Heritage Fair', E), ('Congo Square', L),
   ('Armstrong Park', L), ('Municipal Auditorium', L), ('Tulane University', O), ('Quint Davis', P),
   ('Demetric Mercadel', P), ('Kent', P), ('Stephanie', P), ('Marlon', P), ('Rachel Jordan', P),
   ('WWOZ-FM', O), ('Treme Neighborhood and Community Open House', E)],
   'http://www.nola.com/jazzfest/index.ssf/2014/12/multi-million-dollar_george_an.html'),
 'atlantic-the-interview-review': ('newspaper:tests/data/html/theatlantic.com2.html', [
   ('James Franco', P), ('Seth Rogen', P), ('Richard Vogel', P), ('AP', O), ('North Korea', L),
   ('The Interview', W), ('#TheInterview', W, 'TheInterview'), ('Kim Jong Un', P), ('Kim', P),
   ('Kim Jong-un', P), ('Katy Perry', P), ('Dave Skylark', P), ('Skylark', P),
   ('Aaron Rapoport', P), ('Rapoport', P), ('CIA', O), ('Franco', P), ('Rogen', P),
   ('Pineapple Express', W), ('This Is the End', W), ('Golden Globe', X), ('West', L),
   ('Pyongyang', L), ('Mike Wallace', P), ('Khomeini', P), ('New York', O), ('David Edelstein', P),
   ('Jay McInerney', P), ('Academy', O), ('Uri Friedman', P), ('Firework', W),
   ('National Defense Commission', O), ('Obama', P)],
   'http://www.theatlantic.com/entertainment/archive/2014/12/the-interview-is-a-pretty-smart-movie/384082/'),
})

# Issue 16's fifteenth round, the second fresh set G at first sight (branch
# ner20d): newspaper's test pages (github.com/codelucas/newspaper, MIT,
# tests/data/html/NAME.html; copies of news articles of 2014-2015), made as
# the fourth widening's pages were (`margin extract`, the title and header
# lines dropped, the body kept in the JSON file). The key names the test
# page; the third field is the page's canonical URL (og:url).
pages.update({
 'technologyreview-crispr-patent-fight': ('newspaper:tests/data/html/technologyreview.com1.html', [
   ('Silicon Valley', L), ('Jennifer Doudna', P), ('Emmanuelle Charpentier', P), ('Breakthrough Prize', X),
   ('Mark Zuckerberg', P), ('CRISPR-Cas9', X), ('Feng Zhang', P), ('35 Innovators Under 35', X),
   ('Cambridge', L), ('MIT', O), ('Harvard', O), ('Broad Institute', O), ('Zhang', P), ('U.S.', L),
   ('CRISPR', X), ('Rodger Novak', P), ('CRISPR Therapeutics', O), ('Basel', L), ('Switzerland', L),
   ('Charpentier', P), ('Genome Surgery', W), ('10 Breakthrough Technologies 2014: Genome Editing', W),
   ('Editas Medicine', O), ('Intellia Therapeutics', O), ('Massachusetts', L), ('Editas', O),
   ('Doudna', P), ('University of California, Berkeley', O), ('Intellia', O), ('Boston', L),
   ('George Church', P), ('Church', P), ('Broad', O), ('Europe', L), ('Caribou Biosciences', O),
   ('Third Rock Ventures', O), ('50 Smartest Companies: Third Rock Ventures', W), ('Polaris Partners', O),
   ('Flagship Ventures', O), ('Broad Institute Gets Patent on Revolutionary Gene-Editing Method', W),
   ('CRISPR-Cas', X), ('Helmholtz Centre for Infection Research', O), ('Hannover Medical School', O),
   ('Germany', L)],
   'http://www.technologyreview.com/featuredstory/532796/who-owns-the-biggest-biotech-discovery-of-the-century/'),
 'dailycaller-coulter-kwanzaa': ('newspaper:tests/data/html/dailycaller.com1.html', [
   ('Ann Coulter', P), ('Black Panthers', O), ('Kwanzaa', E), ('FBI', O), ('Ron Karenga', P),
   ('Maulana Karenga', P), ('United Slaves', O), ('Karenga', P), ('Gapon', P), ('New York City', L),
   ('Ismaaiyl Abdullah-Muhammad', P), ('NYPD', O), ('Zaim Farouq Abdul-Malik', P), ('David Duke', P),
   ('Anglika', E), ('Mein Kampf', W), ('CIA', O), ('Ethnic NewsWatch', O), ('O.J. Simpson', P),
   ('O.J.', P), ('State Department', O), ('Interpol', O), ('Chicago Police Department', O),
   ('Panthers', O), ('UCLA', O), ('Al “Bunchy” Carter', P), ('John Huggins', P),
   ('California State University at Long Beach', O), ('Paul Ryan', P), ('Jack Kemp', P), ('California', L),
   ('Kemp', P), ('Democrats', O), ('Cal State', O), ('Symbionese Liberation Army', O), ('SLA', O),
   ('Patty Hearst', P), ('Kardashian', P), ('E! Network', O)],
   'http://dailycaller.com/2014/12/25/happy-kwanzaa-the-holiday-brought-to-you-by-the-fbi/'),
 'oregonlive-industry-notes-grants': ('newspaper:tests/data/html/oregonlive.com1.html', [
   ("Yamhill County Sheriff's Search and Rescue", O), ('Kent Stuart', P), ('Keith Fritz', P),
   ('Project Lifesaver Program', X), ("Alzheimer's Foundation", O), ("Yamhill County Sheriff's Office", O),
   ('BEAVERTON', L), ('Comcast Foundation', O), ('Oregon', L), ('Southwest Washington', L),
   ('Native American Youth & Family', O), ('College and Career Center', X),
   ('Big Brothers Big Sisters Columbia Northwest', O), ('Beyond School Walls', X),
   ('Big Brothers Big Sisters', O), ('BGCP', O), ('My.Future', X), ('iPads', X), ('Comcast', O),
   ('Rockwood Club', L), ('Junior Achievement of Oregon & SW Washington', O),
   ('Boys and Girls Club of Albany', O), ('Hacienda Community Development Corporation', O), ('Portland', L),
   ('PORTLAND', L), ('NW Natural', O), ('Corporate Philanthropy Fund', O), ('Stand For Children', O),
   ('Oregon Food Bank', O), ('Central City Concern', O), ("Clackamas Women's Shelter", O),
   ('Self Enhancement, Inc.', O), ('Saturday Academy', O), ('Start Making a Reader Today', O),
   ('Food Share of Lincoln County', O), ('YAMHILL COUNTY', L),
   ("Yamhill County Sheriff's Office Project Lifesaver Team", O), ("Alzheimer's Foundation of America", O),
   ('Project Lifesaver', X), ('Yamhill County', L), ('Project Lifesaver Team', O),
   ('Search and Rescue Team', O), ('Search and Rescue', O), ('Pam Adkins', P), ('Mary Kay Plass', P),
   ('N. Mississippi Ave.', L), ('Beer City Bottle Shop', L), ('Pick 6', X), ('John W. Houston', P),
   ('Financial Institutions Division of Raymond James Financial Services, Inc.', O),
   ('OnPoint Community Credit Union', O), ('Raymond James', O), ('Vickie Kavanagh', P)],
   'http://www.oregonlive.com/business/index.ssf/2014/12/alzheimers_foundation_comcast.html'),
 'bostonherald-selma-winfrey-duvernay': ('newspaper:tests/data/html/bostonherald.com1.html', [
   ('Annie Lee Cooper', P), ('in Selma', L, 'Selma'), ('Alabama', L), ('drama Selma', W, 'Selma'),
   ('Oprah Winfrey', P), ('tells Us', O, 'Us'), ('The Color Purple', W), ('The Butler', W),
   ('Ava DuVernay', P), ('Winfrey', P), ('Christmas Day', E), ('Martin Luther King Jr.', P),
   ('David Oyelowo', P), ('his Selma', L, 'Selma'), ('toMontgomery', L, 'Montgomery'), ('DuVernay', P),
   ('Golden Globe', X), ('Oscar', E), ('with Us', O, 'Us'), ('Ava', P), ('Oprah', P), ('AD', P), ('OW', P),
   ('Ferguson', L), ('Eric Garner', P), ('is Selma', W, 'Selma'), ('Barack Obama', P), ('White House', L),
   ('for Selma', W, 'Selma'), ('King', P), ('Formica', X), ('Scandal', W), ('Tony Goldwyn', P),
   ('Fitz', P), ('Jake', P), ('Scott Foley', P), ('Oyelowo', P), ('Andrew Young', P), ('Ejogo', P),
   ('Martin Luther King III', P), ('Bernice', P)],
   'http://www.bostonherald.com/entertainment/movies/movie_news/2014/12/selma_ava_duvernay_and_oprah_winfrey_turn_60s_civil_unrest'),
 'thenextweb-blackberry-samsung-denial': ('newspaper:tests/data/html/thenextweb.com1.html', [
   ('Blackberry', O), ('Samsung', O), ('BlackBerry', O), ('BlackBerry Limited', O), ('NASDAQ', O),
   ('TSX', O)],
   'http://thenextweb.com/insider/2015/01/14/blackberry-denies-samsung-buyout-rumors/'),
 'dallasnews-football-caste-system': ('newspaper:tests/data/html/dallasnews.com2.html', [
   ('Bloomberg News', O), ('Baylor', O), ('TCU', O), ('NFL', O), ('Bloomberg Politics', O),
   ('Dallas Cowboy', O), ('Bloomberg', O)],
   'http://dallasmorningviewsblog.dallasnews.com/2014/12/footballs-growing-caste-system-as-more-parents-say-no.html/'),
})

# Issue 16's fifteenth round (branch ner20a): newspaper's test pages
# (github.com/codelucas/newspaper, MIT, tests/data/html/NAME.html), the
# second fresh set G, annotated at first sight; the third field is the
# page's canonical URL.
pages.update({
 'reuters-airasia-countries-join': ('newspaper:tests/data/html/reuters.com2.html', [
   ('JAKARTA', L), ('Reuters', O), ('Asia', L), ('AirAsia', O), ('Washington', L), ('Soelistyo', P),
   ('Indonesia', L), ('Sumatra', L), ('Borneo', L), ('Java Sea', L), ('Airbus A320-200', X),
   ('Indonesia AirAsia', O), ('Surabaya', L), ('Singapore', L), ('MH370', X),
   ('Charitha Pattiaratchi', P), ('University of Western Australia', O), ('Malaysia Airlines', O),
   ('Kuala Lumpur', L), ('Beijing', L), ('Australia', L), ('Malaysia', L), ('South Korea', L),
   ('Indonesian Air Force', O), ('Hadi Tjahjanto', P), ('Tjahjanto', P), ('U.S.', L),
   ('USS Sampson', X), ('Pentagon', L), ('Mark Wright', P), ('Flight QZ8501', X),
   ('CFM International', O), ('General Electric', O), ('Safran', O), ('France', L), ('GE', O),
   ('Erik van Sebille', P), ('University of New South Wales', O), ('Sydney', L), ('van Sebille', P),
   ('Pattiaratchi', P), ('Malaysia Airlines Flight MH17', X), ('Ukraine', L), ('Britain', L),
   ('Malaysia-based', None), ('Thailand', L), ('Philippines', L), ('India', L), ('Jakarta', L),
   ('Wilda Asmarini', P), ('Fransiska Nangoy', P), ('Cindy Silviana', P), ('Kanupriya Kapoor', P),
   ('Michael Taylor', P), ('Nilufar Rizki', P), ('Siva Govindasamy', P), ('Al-Zaquan Amer Hamzah', P),
   ('Praveen Menon', P), ('KUALA LUMPUR', L), ('Saeed Azhar', P), ('Rujun Shen', P), ('Anshuman Daga', P),
   ('SINGAPORE', L), ('Jane Wardell', P), ('SYDNEY', L), ('Ben Blanchard', P), ('BEIJING', L),
   ('Tim Hepher', P), ('PARIS', L), ('Mark Hosenball', P), ('David Brunnstrom', P),
   ('Lesley Wroughton', P), ('WASHINGTON', L), ('Dean Yates', P), ('Michael Perry', P)],
   'http://in.reuters.com/article/2014/12/30/indonesia-airplane-idINKBN0K703120141230'),
 'reuters-ebola-glasgow': ('newspaper:tests/data/html/reuters.com4.html', [
   ('LONDON', L), ('Reuters', O), ('Glasgow', L), ('Sierra Leone', L), ('Gartnavel Hospital', L),
   ('Scotland', L), ('British Airways', O), ('Casablanca', L), ('Morocco', L), ('London', L),
   ('Heathrow', L), ('BBC', O), ('Royal Free hospital', L, 'Royal Free'), ('Cameron', P),
   ('William Pooley', P), ('Liberia', L), ('Guinea', L), ('World Health Organization', O),
   ('Andy Bruce', P), ('Ankur Banerjee', P), ('Bengaluru', L), ('Joyjeet Das', P)],
   'http://uk.reuters.com/article/2014/12/29/uk-health-ebola-britain-idUKKBN0K71C820141229'),
 'telegraph-thatcher-gcses': ('newspaper:tests/data/html/telegraph.co.uk2.html', [
   ('Margaret Thatcher', P), ('GCSEs', X), ('Conservatives', O), ('Thatcher', P), ('O-levels', X),
   ('Keith Joseph', P), ('National Archive', O), ('Kew', L), ('London', L), ('GCSE', X),
   ('Michael Gove', P), ('Kenneth Baker', P), ('Dorking', L),
   ('Keith', P), ('CSEs', X), ('Joseph', P), ('O-level', X), ('CSE', X), ('No 10', L),
   ('Mark Addison', P), ('Addison', P), ('Tim Flesher', P), ('Lord Baker', P, 'Baker'),
   ('Telegraph', O)],
   'http://www.telegraph.co.uk/news/politics/margaret-thatcher/11313354/Margaret-Thatcher-feared-GCSEs-would-lower-school-standards.html'),
 'globeandmail-oil-rates-2015': ('newspaper:tests/data/html/theglobeandmail.com2.html', [
   ('The Globe and Mail', O, 'Globe and Mail'), ('Russia', L), ('United States', L), ('Europe', L), ('China', L),
   ('Japan', L), ('Eric Lascelles', P), ('RBC Global Asset Management', O), ('Toronto', L),
   ('Canada', L), ('U.S.-denominated', None), ('Middle East', L), ('Julian Jessop', P),
   ('Capital Economics', O), ('London', L), ('India', L), ('U.S.', L), ('Britain', L),
   ('Christopher Ragan', P), ('McGill University', O), ('Montreal', L), ('Federal Reserve', O),
   ('Carl Weinberg', P), ('High Frequency Economics', O), ('Valhalla', L), ('N.Y.', L),
   ('Vladimir Putin', P), ('LTCM', O), ('Long-Term Capital Management', O), ('Greece', L),
   ('EFSF', O), ('IMF', O), ('Euroland', L)],
   'http://www.theglobeandmail.com/report-on-business/international-business/oil-prices-and-interest-rates-what-to-watch-in-2015/article22233509/'),
 'cricket-mcg-test-draw': ('newspaper:tests/data/html/cricket.com.au1.html', [
   ('Johnson', P), ('Harris', P), ('Australia still regain', O, 'Australia'),
   ('Border-Gavaskar Trophy', E), ('back to Australia', L, 'Australia'), ('in India arrived', L, 'India'),
   ('Steve Smith', P), ('MS Dhoni', P), ('Australia had', O, 'Australia'), ('India was', O, 'India'),
   ('Australia now', O, 'Australia'), ('Sydney', L), ('Smith', P), ('setting India', O, 'India'),
   ('India’s', O, 'India'), ('Ryan Harris', P), ('Shikhar Dhawan', P),
   ('Commonwealth Bank Test', E), ('Lokesh Rahul', P), ('Cheteshwar Pujara', P),
   ('Mitchell Johnson', P), ('Shane Watson', P), ('Murali Vijay', P), ('Kohli', P),
   ('Australia’s', O, 'Australia'), ('David Warner', P), ('Warner', P), ('Rahane', P),
   ('Chris Rogers', P), ('Pujara', P), ('Nathan Lyon', P), ('Joe Burns', P), ('MCG', L),
   ('Derek Underwood', P), ('Dhoni', P), ('Ravi Ashwin', P), ('MCC Members’ Stand', L),
   ('Melbourne', L), ('Shaun Marsh', P), ('Marsh', P), ('Bradman-esque', None),
   ('bat India', O, 'India'), ('of India taking', O, 'India'), ('Yarra River', L), ('Big Brother', W),
   ('gift India', O, 'India')],
   'http://www.cricket.com.au/news/match-report/third-test-day-five-australia-v-india-mcg/2014-12-30'),
 'pe-perris-murder-plot': ('newspaper:tests/data/html/pe.com1.html', [
   ('Judy Avalos', P), ('Perris', L), ("RIVERSIDE COUNTY SHERIFF'S DEPT.", O), ('David Lelevier', P),
   ('Avalos', P), ('Nic Cocis', P), ('Cocis', P), ('Riverside County Sheriff’s Department', O),
   ('Edmond Street', L), ('Good Hope', L), ('Bakersfield', L), ('Jeep', X), ('Riverside County', L),
   ('Robert Cornett', P), ('Cornett', P), ('Highway 74', L)],
   'http://www.pe.com/articles/perris-758171-police-exchange.html'),
})

# Issue 16's fifteenth round, the third fresh set H at first sight (branch
# ner20h2): more of newspaper's test pages (github.com/codelucas/newspaper,
# MIT, tests/data/html/NAME.html; copies of news articles of 2014-2015),
# made as the fourth widening's pages were (`margin extract`, the title and
# header lines dropped, the body kept in the JSON file). The key names the
# test page; the third field is the page's canonical URL (og:url).
pages.update({
 'atlantic-sitcom-code': ('newspaper:tests/data/html/theatlantic.com1.html', [
   ('Seinfeld', W), ('South Park', W), ('NBC', O), ('Croatia', L), ('Slovenia', L),
   ('The Simpsons', W), ('Everybody Loves Raymond', W), ('Everybody Hates Chris', W), ('Taxi', W),
   ('Arrested Development', W), ('Parks & Recreation', W), ('Wise Sloth', O), ('Talib Visram', P),
   ('The Atlantic', O), ('FinalDraft', X), ('Sitcom Template', X), ('BBC', O), ('Sitcom Code', X),
   ('Dan Richter', P), ('Demand Media', O), ('Maggie Simpson', P), ('Philip Larkin', P),
   ('Homer', P), ('Job Bluth', P), ('Leslie Knope', P), ('Pawnee', L), ('DC', L), ('Kramer', P),
   ("Boys' Club", W)],
   'http://www.theatlantic.com/entertainment/archive/2014/12/cracking-the-sitcom-code/384068/'),
 'nydailynews-mob-wives-slashing': ('newspaper:tests/data/html/nydailynews.com1.html', [
   ('Kevin C. Downs', P), ('New York Daily News', O), ('London Rene', P), ('Mob Wives', W),
   ('Natalie Guercio', P), ('Scott Rynecki', P), ('Brooklyn', L), ('Rene', P), ('Daily News', O),
   ('Club Output', L), ('Williamsburg', L), ('Rynecki', P), ('Brooklyn Supreme Court', O),
   ('Rodolfo Lopez', P), ('NYPD', O), ('Guercio', P), ('Philadelphia', L)],
   'http://www.nydailynews.com/new-york/brooklyn/boyfriend-mob-wives-star-sue-brooklyn-club-article-1.2078107'),
 'technologyreview-laptop-batteries': ('newspaper:tests/data/html/technologyreview.com2.html', [
   ('India', L), ('IBM', O), ('San Jose', L), ('IBM Research India', O), ('Bangalore', L),
   ('Innovators Under 35: Evans Wadongo', W), ('Vikas Chandan', P), ('Smarter Energy Group', O),
   ('RadioStudio', O), ('Mohit Jain', P), ('United States', L), ('Environmental Protection Agency', O)],
   'http://www.technologyreview.com/news/532896/discarded-laptop-batteries-keep-the-lights-on/'),
 'dallasnews-letter-police-antler': ('newspaper:tests/data/html/dallasnews.com1.html', [
   ('Operation Care International', O), ('Christmas Party For Jesus', E),
   ('Kay Bailey Hutchison Convention Center', L), ('Dallas', L), ('Dallas Police Department', O),
   ('Kim Gump', P)],
   'http://letterstotheeditorblog.dallasnews.com/2014/12/kindhearted-police-with-holiday-spirit.html/'),
 'newyorker-climate-carols': ('newspaper:tests/data/html/newyorker.com1.html', [
   ('frosty the snowman', P), ('Frosty the Snowman', P), ('christmas', E), ('Christmas', E),
   ('L.A.', L), ('New Mexico', L), ('West Side', L), ('San Francisco', L), ('California', L),
   ('Mojave', L), ('Bernice', P)],
   'http://www.newyorker.com/magazine/2014/12/22/climate-change-christmas-carols'),
 'vanityfair-paltrow-breakups': ('newspaper:tests/data/html/vanityfair.com1.html', [
   ('Gwyneth Paltrow', P), ('Oscar', E), ('Howard Stern', P), ('Sirius XM', O), ('Paltrow', P),
   ('Chris Martin', P), ('Chelsea Handler', P), ('Brad Pitt', P), ('David Fincher', P), ('Seven', W),
   ('Pitt', P), ('Ben Affleck', P), ('Bounce', W), ('Goop', O), ('Stern', P), ('Affleck', P),
   ('Scores', O), ('Jennifer Garner', P), ('Jay Z', P), ('Beyoncé', P), ('Solange', P),
   ('Johnny Depp', P), ('Mordecai', W), ('gwyneth paltrow', P), ('brad pitt', P), ('ben affleck', P)],
   'http://www.vanityfair.com/vf-hollywood/2015/01/gwyneth-paltrow-brad-pitt-ben-affleck-break-ups'),
 'bi-argentina-fighter-jets': ('newspaper:tests/data/html/businessinsider.com1.html', [
   ('Shamil Zhumatov', P), ('REUTERSA', O, 'REUTERS'), ('Sukhoi Su-24', X), ('Otar', L), ('UK', L),
   ('Falkland Islands', L), ('South Atlantic', L), ('Daily Express', O), ('Argentine Air Force', O),
   ('Sukhoi Su-24 Fencer', X), ('Russia', L), ('UK Ministry of Defense', O), ('Malvinas', L),
   ('Argentina', L), ('Jane’s', O), ('Eurofighter Typhoon', X), ('Rapier', X), ('Typhoons', X),
   ('Su-24s', X), ('Kh-31', X), ('AS-17', X), ('Krypton', X), ('Fuerza Aérea Argentina', O),
   ('The Aviationist', O), ('Twitter', O)],
   'http://www.businessinsider.com/david-cenciotti-argentinas-fighter-purchase-may-threaten-britain-2014-12'),
 'slate-brazil-world-cup-protests': ('newspaper:tests/data/html/slate.com2.html', [
   ('Brazil', L), ('World Cup', E), ('São Paulo', L), ('Selma', W), ('Ava DuVernay', P), ('LBJ', P),
   ('Jamelle Bouie', P), ('Moneybox', O), ('Chicken McNugget', X), ('Jordan Weissmann', P),
   ('Sarah Erdreich', P), ('XX Factor', O), ('Mario Cuomo', P), ('Amanda Marcotte', P), ('Slate', O),
   ('Allison Benedikt', P), ('David Haglund', P), ('Laura Helmuth', P), ('Dan Kois', P),
   ('Joshua Keating', P), ('Chris Kirk', P), ('Miriam Krule', P), ('Dahlia Lithwick', P),
   ('Katy Waldman', P), ('Brow Beat', O), ('Jay Wilds', P), ('Serial', W), ('Future Tense', O),
   ('Stingray', X), ('Lily Hay Newman', P), ('Julia Galef', P), ('Sports Nut', O), ('Alan Siegel', P)],
   'http://www.slate.com/blogs/the_spot/2014/06/10/brazil_world_cup_protests_striking_images_of_the_country_s_anti_world_cup.html'),
})

# Issue 16's fifteenth round, first-sight reading of the third fresh set H
# (branch ner20h1): six of newspaper's test pages (github.com/codelucas/
# newspaper, MIT, tests/data/html/NAME.html; copies of news articles of
# 2013-2014), made as the blocks above (`margin extract NAME.html`, the title
# and header lines dropped, the body kept in the JSON file); the key names the
# test page, the third field is the page's canonical URL (al.com1: its og:url).
pages.update({
 'cnn-thanksgiving-storm-travel': ('newspaper:tests/data/html/cnn_article.html', [
   ("Macy's Thanksgiving Day Parade", E), ('New York', L), ('New York-area', None),
   ('JFK', L), ('Thanksgiving', E), ('iReport', X), ('CNN', O),
   ('Pennsylvania', L), ('United States', L), ('Steve Cowan', P),
   ('Pennsylvania Department of Transportation', O), ('Todd Borek', P), ('Great Lakes', L),
   ('Upper Midwest', L), ('Northeast', L), ('Latasha Abney', P), ('Abney', P), ('AAA', O),
   ('Washington', L), ('Reagan National Airport', L), ('Delta', O), ('TSA', O),
   ('Brian M. Good', P), ('Newark', L), ('San Diego', L), ('James Hall', P),
   ('New York Police Department', O), ('Cat in the Hat', P), ('M&Ms', X), ('Puerto Rico', L),
   ('Jose Ramirez', P), ('LaGuardia', L), ('John F. Kennedy', L), ('Newark-Liberty', L),
   ('Federal Aviation Administration', O), ('Philadelphia International Airport', L),
   ('American Airlines', O), ('Kent Powell', P), ('US Airways', O), ('Todd Lehmacher', P),
   ('US Airways Express', O), ('Amtrak', O), ('Ellie Hall', P), ('Midwest', L), ('Canada', L),
   ('Appalachians', L), ('Chad Myers', P), ('Sarah Martini', P), ('DC', L), ('Pittsburgh', L),
   ('NC', L), ('National Highway Traffic Safety Administration', O), ('Rockies', L),
   ('Texas', L), ('Oklahoma', L), ('Seqret Watson', P), ('Watson', P), ('Northwest Arkansas', L),
   ('KFSM', O), ('The Peterson family', P, 'Peterson'), ('Jennifer Peterson', P),
   ('Northern Virginia', L), ('Massachusetts', L), ('WUSA', O), ('Bahamas', L),
   ('Jason Carroll', P), ('Ben Brumfield', P), ('Dave Hennen', P), ('Aaron Cooper', P),
   ('Alexandra Field', P), ('Shannon Travis', P), ('Greg Botelho', P)],
   'http://www.cnn.com/2013/11/27/travel/weather-thanksgiving/index.html'),

 'foxnews-most-violent-year-film': ('newspaper:tests/data/html/foxnews.com1.html', [
   ('A24 Films', O), ('Jessica Chastain', P), ('Oscar Isaac', P), ('A Most Violent Year', W),
   ('Chastain', P), ('Golden Globe', X), ('Golden Globe awards', E, 'Golden Globe'), ('NBC', O),
   ('AP', O), ('AP2014', O, 'AP'), ('Atsushi Nishijima', P), ('Inside Llewyn Davis', W),
   ('Star Wars', W), ('J.C. Chandor', P), ('J.C.', P), ('Chandor', P), ('New York City', L),
   ('Abel Morales', P), ('Abel', P), ('Anna', P), ('Isaac', P), ('Fox News Latino', O),
   ('Latin America', L), ('Oscar', P), ('U.S.', L), ('Colombia', L), ('World War II', E),
   ('La Violencia', E), ('The Violence', E), ('America', L), ('New York', L), ('Chastian', P),
   ('Julliard School', O), ('Star Wars: Episode VII', W), ('X-wing', X), ('J.J. Abrams', P),
   ('Facebook', O), ('Twitter', O), ('Instagram', O), ('Lucia I. Suarez', P)],
   'http://latino.foxnews.com/latino/entertainment/2014/12/29/how-oscar-isaac-and-jessica-chastain-went-about-bringing-to-life-most-violent/'),
 'wired-butterfly-scales': ('newspaper:tests/data/html/wired.com1.html', [
   ('Kena Betancur', P), ('Getty Images', O), ('KQED', O), ('How to Build A Butterfly Wing', W),
   ('Dinwiddie', P), ('Dynamics of F-actin prefigure the structure of butterfly wing scales', W),
   ('Developmental Biology', O)],
   'http://www.wired.com/2014/12/butterflies-get-shine/'),
 'businessweek-cuomo-hedge-funds': ('newspaper:tests/data/html/businessweek.com2.html', [
   ('New York', L), ('Andrew Cuomo', P), ('Cuomo', P), ('NYCRS', O),
   ('New York City Retirement System', O), ('S&P 500', X), ('California', L), ('New Jersey', L),
   ('Ohio', L), ('New Mexico', L), ('Illinois', L)],
   'http://www.businessweek.com/articles/2014-12-22/cuomos-cap-on-hedge-funds-in-pensions-wont-solve-the-real-problem'),
 'al-holtz-ohio-state-espn': ('newspaper:tests/data/html/al.com1.html', [
   ('NEW ORLEANS', L), ('ESPN', O), ('Lou Holtz', P), ('Mark May', P), ('Holtz', P), ('May', P),
   ('Ohio State', O), ('pro-Ohio State', None), ('Notre Dame', O), ('Pittsburgh', O),
   ('Buckeyes', O), ('Big Ten', O), ('anti-Big Ten', None), ('Alabama', O), ('Sugar Bowl', E),
   ('College Football Playoff', E), ('Final Verdict', W), ('Final Verdicts', W),
   ('College Football Final', W), ('Rece Davis', P), ('Rece', P)],
   'http://www.al.com/sports/index.ssf/2014/12/lou_holtz_ohio_state_defender.html'),
 '247wallst-djia-four-stocks': ('newspaper:tests/data/html/247wallst.com1.html', [
   ('DJIA', X), ('S&P 500', X), ('Nasdaq Composite', X),
   ('International Business Machines Corp.', O), ('NYSE', O), ('The Home Depot Inc.', O),
   ('JPMorgan Chase & Co.', O), ('Shake Shack', O), ('The Boeing Co.', O, 'Boeing Co.'),
   ('Air Force Tanker', X), ('Cisco Systems Inc.', O), ('NASDAQ', O), ('Rocket Stock', X),
   ('thestreet.com', O), ('Dow 30', X)],
   'http://247wallst.com/investing/2014/12/29/the-4-stocks-that-slimmed-the-djia-monday-slide/'),
})

# Issue 16's ninth widening (branch ner21i2): more of newspaper's test
# pages, read at first sight, the fourth fresh set I (a check nobody
# studies).
pages.update({
 'nypost-surfer-shark-attack': ('newspaper:tests/data/html/nypost.com2.html', [
   ('California', L), ('Robert Colligan', P), ('Colligan', P),
   ('Montana de Oro State Park', L), ('Los Angeles', L), ('San Luis Obispo Tribune', O),
   ('Kevin Swanson', P), ('Morro Bay', L), ('Calif.', L), ('Swanson', P), ('Andrew Walsh', P),
   ('Walsh', P), ('Fox News', O)],
   'http://nypost.com/2014/12/29/surfer-survives-jaws-moment-with-great-white-shark/'),
 'usnews-havana-cigar-rollers': ('newspaper:tests/data/html/usnews.com2.html', [
   ('Florida Straits', L), ('Barack Obama', P), ('Cuba', L)],
   'http://video.usnews.com/Cigar-rollers-in-Havana-thrilled-with-warming-USCuba-policy-28285271'),
 'al-huntsville-january-events': ('newspaper:tests/data/html/al.com2.html', [
   ('HUNTSVILLE', L), ('Alabama', L), ('Future City', E), ('Huntsville', L), ('Madison County', L),
   ('Huntsville/Madison County Convention & Visitors Bureau', O),
   ('National Supreme Council Ancient & Accepted Scottish Rites Masons', O),
   ('National Supreme Council Mid Winter Meeting 2015', E), ('Marriott-Huntsville', L),
   ('BK Productions', O), ('Boat Show', E), ("Alabama Military Collectors' Association", O),
   ("Winter Military Collector's Show", E), ('Hampton Inn - Arsenal/South Parkway', L),
   ("Dogg Pound's Martin Luther King Jr Skate-A-Thon", E), ('Annual MLK Freestyle Skate Jam', E),
   ('Holiday Inn Research Park', L), ('UAH - Charger Hockey', O), ('UAH Chargers', O),
   ('Northern Michigan', O), ('North Alabama Hockey Association', O), ('NAHA', O),
   ('Freedom Tournament', E), ('Hilton Garden Inn-Space Center', L),
   ('Alabama Regional Future City Competition', E), ('Future City Competition', E),
   ('American Medical Association Alliance', O), ('Southern Regional Meeting', E),
   ('Embassy Suites Hotel & Spa', L), ('Huntsville Track Club', O),
   ('21st Annual Mountain Mist Trail Run', E), ('U.S. Under-18', O), ('UAH - Student Success Center', O),
   ('Career Fair', E), ('UAH Spring Career Fair', E), ('Courtyard by Marriott', L),
   ('Aerospace Corporation', O), ('Executive Board Meeting', E)],
   'http://www.al.com/business/index.ssf/2014/12/hockey_boat_show_and_future_ci.html'),
 'mlive-university-bank-robbery': ('newspaper:tests/data/html/mlive.com1.html', [
   ('University Bank', O), ('Ann Arbor Police Department', O), ('Robert Pfannes', P), ('Pfannes', P),
   ('Washtenaw Avenue', L), ('Washtenaw', L)],
   'http://www.mlive.com/news/ann-arbor/index.ssf/2014/12/police_release_surveillance_ph.html'),
 'oregonlive-missionary-cambodia-plea': ('newspaper:tests/data/html/oregonlive.com2.html', [
   ('Eugene', L), ('Daniel Stephen Johnson', P), ('Johnson', P), ('Kingdom of Cambodia', L),
   ('Cambodia', L), ('Cambodia-based', None), ('U.S.', L), ('Thomas Coffin', P),
   ('Lane County Jail', L), ('The Register-Guard', O), ('Action pour les Enfants', O), ('Oregon', L),
   ('Lincoln County', L), ('Yamhill Valley News-Register', O), ('Bryan Denson', P)],
   'http://www.oregonlive.com/pacific-northwest-news/index.ssf/2014/12/missionary_from_oregon_pleads.html'),
 'dailycaller-lawrence-louisville-kentucky': ('newspaper:tests/data/html/dailycaller.com2.html', [
   ('Louisville Cardinals', O), ('Kentucky Wildcats', O), ('Rick Pitino', P), ('Cardinals', O),
   ('John Calipari', P), ('Kentucky', O), ('Christmas', E), ('Louisville', O), ('ISIS', O),
   ('China', L), ('America', L), ('Wildcats', O), ('UK', O), ('Jennifer Lawrence', P),
   ('Sporting News', O), ('J. Law', P), ('Browns', O), ('Josh Gordon', P), ('NFL', O),
   ('Black Monday', E)],
   'http://dailycaller.com/2014/12/27/jennifer-lawrence-made-an-appearance-at-the-louisville-kentucky-flop-fest-video/'),
 'cricket-maxwell-leave-bbl': ('newspaper:tests/data/html/cricket.com.au2.html', [
   ('KFC T20 BBL|04', E), ('Brisbane Heat', O), ('Ryan Duffield', P), ('Glenn Maxwell', P)],
   'http://www.cricket.com.au/video/video-glenn-maxwell-leaves-gets-bowled-big-bash-league-stars-v-heat/2014-12-28'),
 '247wallst-52-week-lows': ('newspaper:tests/data/html/247wallst.com2.html', [
   ('Transocean Partners LLC', O), ('NYSE', O), ('SandRidge Mississippian Trust II', O),
   ('Vivus Inc.', O), ('NASDAQ', O), ('U.S. FDA', O), ('Vivus', O), ('Qsymia', X),
   ('Zulilly Inc.', O)],
   'http://247wallst.com/investing/2014/12/29/the-52-week-low-club-for-monday-19/'),
 'foxbusiness-scrooge-client': ('newspaper:tests/data/html/foxbusiness.com2.html', [
   ('Scrooge', P), ('Scrooge-like', None), ('Spirit of Business Past', P),
   ('Spirit of Business Present', P), ('Spirit of Business Future', P), ('Tiny Tim', P),
   ('Ebenezer Scrooge', P), ('Ebenezer', P), ('Spirit of Christmas Past', P),
   ('Spirit of Christmas Present', P), ('Spirit of Christmas Future', P), ('PowerPoint', X),
   ('Christmas Eve', E), ('Christmas', E), ('New Year', E), ('Charles Dickens', P),
   ('A Christmas Carol', W), ('Brad Shorr', P), ('Straight North', O), ('Chicago', L)],
   'http://smallbusiness.foxbusiness.com/marketing-sales/2014/12/23/how-to-deal-with-scrooge-client/'),
 'citylab-antarctica-penguin-tourism': ('newspaper:tests/data/html/theatlanticcities.com1.html', [
   ('Antarctica', L), ('Wray Grimaldi', P), ('University of Otago', O), ('Dunedin', L),
   ('New Zealand', L), ('New Scientist', O), ('Polar Biology', O), ('Norman Ratcliffe', P),
   ('Antarctic Survey', O), ('Cambridge', L), ('United Kingdom', L), ('The Atlantic', O)],
   'http://www.theatlantic.com/technology/archive/2014/12/antarctica-tourism-could-be-making-penguins-sick/383957/'),
})

# ner21i1: the fourth fresh set I, newspaper's test pages read at first sight
pages.update({
 'reuters-sensex-flat': ('newspaper:tests/data/html/reuters.com1.html', [
   ('MUMBAI', L), ('Reuters', O), ('BSE Sensex', X), ('Nifty', X), ('Greece', L),
   ('Larsen and Toubro', O), ('Lanco Infratech', O), ('Brent', X), ('Reliance Industries', O),
   ('Oil and Natural Gas Corp', O), ('Indulal PM', P), ('Sunil Nair', P)],
   'http://in.reuters.com/article/2014/12/30/india-sensex-nifty-idINKBN0K80A020141230'),
 'globalnews-gardner-quadruplets': ('newspaper:tests/data/html/globalnews.ca1.html', [
   ('Facebook', O), ('Ashley', P), ('Tyson Gardner', P)],
   'http://globalnews.ca/video/1747657/video-of-the-gardners-hours-before-birth-of-quadruplets/'),
 'cleveland-google-food-searches': ('newspaper:tests/data/html/cleveland.com1.html', [
   ('Google', O), ('Year in Search', X), ('World Cup', E), ('Cronut', X), ('Japan', L),
   ('France', L), ('Australia', L), ('Argentina', L), ('India', L), ('Michael Russell', P)],
   'http://www.cleveland.com/food/index.ssf/2014/12/let_me_google_that_for_you_201.html'),
 'theroot-sharpton-younger-activists': ('newspaper:tests/data/html/theroot.com1.html', [
   ('National Action Network', O), ('The Root', O), ('Lesley McSpadden', P), ('Michael Brown', P),
   ('Al Sharpton', P), ('Justice for All', E), ('Washington', L), ('D.C.', L),
   ('Chip Somodevilla', P), ('Getty Images', O), ('Sharpton', P), ('Jesse', P), ('Jackson', P),
   ('Brooklyn', L), ('Operation Breadbasket', O), ('Southern Christian Leadership Conference', O),
   ('Martin Luther King Jr.', P), ('King', P), ('Congress', O), ('Trayvon Martin', P),
   ('George Zimmerman', P), ('Trayvon', P), ('Ferguson', L), ('D.C. Ferguson', O),
   ('Janessa Robinson', P), ('Robinson', P), ('Mo.', L), ('Eric Garner', P),
   ('New York City', L), ('Carlton Lee', P), ('Jamal Watson', P),
   ('Diverse: Issues in Higher Education', O), ('Twitter', O), ('Facebook', O)],
   'http://www.theroot.com/articles/culture/2014/12/rev_sharpton_responds_to_his_critics.html'),
 'globeandmail-airasia-storm-climb': ('newspaper:tests/data/html/theglobeandmail.com1.html', [
   ('AirAsia', O), ('WASHINGTON', L), ('Globe and Mail', O), ('Indonesia AirAsia Flight 8501', X),
   ('Java Sea', L), ('Singapore-bound', None), ('Airbus A320', X), ('Airbus A320s', X),
   ('Aviation Safety Network', O), ('ICAO', O), ('WORLD BANK', O), ('AirAsia Flight QZ8501', X),
   ('AirAsia Flight 8501', X), ('Flight 8501', X), ('Air France', O), ('Flight 447', X),
   ('Rio de Janeiro', L), ('Airbus A330', X), ('Belitung', L), ('Airbus', X),
   ('Hadi Tjahnanto', P), ('MetroTV', O), ('Flight QZ8501', X),
   ('Malaysia Airlines Flight 370', X), ('Boeing 777', X), ('Beijing', L), ('Kuala Lumpur', L),
   ('Indian Ocean', L), ('Malaysia Airlines Flight 17', X), ('Ukraine', L),
   ('Tony Fernandes', P), ('Fernandes', P), ('Joko “Jokowi” Widodo', P), ('Singapore', L),
   ('Surabaya', L), ('Indonesia', L), ('Henry Bambang Soelistyo', P), ('Sumatra', L),
   ('Borneo', L), ('Southeast Asia', L), ('Indonesia AirAsia', O), ('Iriyanto', P),
   ('Angela Anggi Ranastianis', P), ('Rémi Emmanuel Plesel', P)],
   'http://www.theglobeandmail.com/news/world/airasia-search/article22224253/'),
 'foxbusiness-convert-traffic': ('newspaper:tests/data/html/foxbusiness.com1.html', [
   ('Fanplayr.com', O), ('Fanplayr', O), ('Proven Online Cross-Selling and Upselling Techniques', W),
   ('AdWords', X), ('Neil Patel', P), ('QuickSprout', O),
   ('7 Simple A/B Tests to Increase Conversions 10% or More', W), ('Better Business Bureau', O),
   ('TrustE', O), ('Norton Secured', X), ('TrustWave', O), ('Google Trusted Store', X),
   ('Sitepoint', O), ('Gail Gardner', P), ('GrowMap.com', O), ('SocialImplications.com', O)],
   'http://smallbusiness.foxbusiness.com/marketing-sales/2014/12/16/7-powerful-ways-to-convert-neutral-traffic-into-paying-customers/'),
 'tpm-kobane-kurdish-movement': ('newspaper:tests/data/html/talkingpointsmemo.com1.html', [
   ('Facebook', O), ('Skype', O), ('Zanyar Omrani', P), ('AK-47s', X), ('Islamic State', O),
   ('IS', O), ('Kobane', L), ('Syria', L), ('Turkey', L), ('Iraq', L), ('Mount Sinjar', L),
   ('Pentagon', L), ('U.S.', L), ('Kurdish Freedom Movement', O), ('Rojava', L),
   ('Middle East', L), ('State Department', O), ('America', L), ('Kurdistan Regional Government', O),
   ('KRG', O), ('Massoud Barzani', P), ('Time’s', O, 'Time'), ('Person Of The Year', X),
   ('Democratic Union Party', O), ('PYD', O), ('Kurdish Worker’s Party', O), ('PKK', O),
   ('PKK-controlled', None), ('Ankara', L), ('Abdullah Öcalan', P), ('Öcalan', P),
   ('Qandil Mountains', L), ('Iran', L), ('Soviet Union', L), ('UN', O), ('Kurdistan', L),
   ('Cold War', E), ('Occupy Wall Street', O), ('Occupy', O), ('Abdullah', P),
   ('Breitbart.com', O), ('Elle', O), ('Women’s Protection Units', O), ('YPJ', O), ('Reddit', O),
   ('People’s Protection Units', O), ('YPG', O), ('Gewer', L), ('Malcolm Harris', P),
   ('The New Inquiry', O), ('Brooklyn', L)],
   'http://talkingpointsmemo.com/ts/why-is-america-ignoring-kurdish-freedom-movement'),
 'wired-finney-swatting': ('newspaper:tests/data/html/wired.com2.html', [
   ('Hal', P), ('Fran Finney', P), ('Hal Finney', P), ('Fran', P), ('Santa Barbara', L),
   ('University of California', O), ('Elliot Rodger', P), ('Jason', P), ('Finneys', P),
   ('Finney', P), ('FBI', O), ('WIRED', O), ('Satoshi Nakamoto', P), ('Roger Ver', P), ('Ver', P),
   ('Nitrous', P), ('Savaged', P), ('Charlie Shrem', P), ('Silk Road Market', O)],
   'http://www.wired.com/2014/12/finney-swat/'),
 'businessweek-afghan-millionaires': ('newspaper:tests/data/html/businessweek.com1.html', [
   ('Taliban', O), ('Talib', O), ('Matiullah Matie', P), ('Matie', P), ('Matiullah', P),
   ('Toyota Corolla', X), ('Nawa', L), ('Lashkar Gah', L), ('Helmand', L), ('Afghanistan', L),
   ('Lorenzo Tugnoli', P), ('Dell', O), ('Salaam', O), ('Salaam u alikum', None), ('Garmsir', L),
   ('1st Battalion 9th Marines', O), ('The Walking Dead', O), ('U.S. Marines', O), ('Marines', O),
   ('Marine', O), ('U.S. Agency for International Development', O), ('USAID', O), ('U.S.', L),
   ('U.S.-led', None), ('Blackwater', O), ('Academi', O), ('DynCorp International', O),
   ('Triple Canopy', O), ('Pentagon', L), ('post-Soviet', None), ('Russia', L),
   ('Mullah Omar', P, 'Omar'), ('Khan Mohammad Baz', P), ('Baz', P), ('Sarai Shahzada', L),
   ('Wazir Akbar Khan', L), ('Kabul', L), ('Sherpur', L), ('Dubai', L), ('Istanbul', L),
   ('Hamid Karzai', P), ('Karzai', P), ('post-Taliban', None), ('NATO', O), ('Ashraf Ghani', P),
   ('Ghani', P), ('Hazrat Omar Zakhilwal', P), ('Zakhilwal', P), ('Ramadan', E), ('Obama', P),
   ('Pepsi', X), ('Abdul Manaf', P), ('Congress', O), ('Commanders Emergency Response Program', X),
   ('CERP', X), ('Iraq', L), ('Washington Post', O), ('Mazda', O), ('Cash for Work', X),
   ('Nimroz', L), ('United Arab Emirates', L),
   ('U.S. Special Inspector General for Afghanistan Reconstruction', O), ('SIGAR', O),
   ('Naseem Akbar', P), ('God', P), ('Tammany Hall', O), ('Robin Hood', P),
   ('Hikmatullah Shadman', P), ('Shadman', P), ('Ahmad Zahir', P), ('Elvis', P), ('Kandahar', L),
   ('Gatorade', X), ('Starbucks', O), ('Ocean Spray', O), ('Jalalabad', L), ('Badakhshan', L),
   ('India', L), ('Mr. Facebook', E), ('Taliban-controlled', None), ('Malala of Maiwand', P),
   ('Joan of Arc', P), ('U.S. Army Special Forces', O), ('Special Forces', O), ('Land Rover', X),
   ('International Security Assistance Force', O), ('ISAF', O), ('Bagram', L),
   ('U.S. Department of Justice', O), ('America', L), ('London', L), ('Mecca', L)],
   'http://www.businessweek.com/articles/2014-12-18/afghanistans-new-rich-navigate-u-dot-s-dot-pullout'),
 'telegraph-airasia-live': ('newspaper:tests/data/html/telegraph.co.uk1.html', [
   ('Jonathan Pearlman', P), ('Pangkalan Bun', L), ('Tom Phillips', P), ('Surabaya', L),
   ('AirAsia QZ8501', X), ('Airbus A320', X), ('Reuters', O), ('Asia', L), ('East Java', L),
   ('AirAsia', O), ('Malaysian Navy', O), ('Royal Malaysian Navy', O), ('KD Lekir', X),
   ('QZ8501', X), ('Kumai', L), ('Tatang Zaenudin', P), ('David Millward', P), ('Telegraph', O),
   ('US', L), ('Air France', O), ('NBC', O), ('BA', O), ('747', X), ('Heathrow', L),
   ('Tony Fernandes', P), ('Air Asia', O), ('Fernandes', P), ('Flight QZ8501', X),
   ('Java Sea', L), ('Java', L), ('Indonesia', L), ('Disaster Victim Identification', O),
   ('Sigit Heriyanto', P), ('Irianto', P), ('Arya Galih Gegana', P), ('Galih', P),
   ('Budi Sutiono', P), ('UK', L), ('Air Accident Investigation Branch', O),
   ('UK Air Accident Investigation Branch', O), ('AAIB', O), ('Moazzam Malik', P),
   ("Her Majesty's Government", O), ('8501', X), ('Richard Branson', P), ('INDONESIA', L),
   ('AIRASIA', O), ('Juanda Airport', L), ('EPA', O), ('Sunarbowo Sandi', P), ('Palangkan Bun', L),
   ('Bhayankara Hospital', L), ('Khairunisa Haidar Fauzi', P), ('Khairunisa', P),
   ('Haidar Fauzi', P), ('Channel NewsAsia', O), ('Tri Wobowo', P), ('C130 Hercules', X),
   ('Kompas', O), ('— J (@jealousay)', P, 'J'), ('Airbus A320-200', X), ('Neil Hansford', P),
   ('Strategic Aviation Solutions', O), ('Bung Tomo', X), ('AIrAsia', O), ('S.B. Supriyadi', P),
   ('Supriyadi', P), ('AFP', O), ('Indonesian Navy', O), ('QZ 8501', X), ('AP', O),
   ('National Search and Rescue Agency', O), ('Bambang Soelistyo', P), ('Soelistyo', P),
   ('China', L), ('Malaysia Airlines Flight MH370', X), ('MH370', X), ('Steve Wang', P),
   ('Dai Shuqin', P), ('Dai', P), ('Jiang Hui', P), ('Sudarsan Pattnaik', P),
   ('Malayasia Airlines', O), ('Golden Sea Beach', L), ('Puri', L), ('India', L), ('Odisha', L),
   ('Maria Widodo', P), ('Maria', P), ('National Institute of Education', O),
   ('Straits Times', O), ('Andy Paul Chen', P), ('Singapore', L), ('Florentina Maria Widodo', P),
   ('Facebook', O), ('Chen', P), ('Bigi', P), ('Wales', L), ('Malaysia', L), ('John Walton', P),
   ('Jakarta', L), ('AirAsia Flight QZ8501', X), ('Getty', O)],
   'http://www.telegraph.co.uk/news/worldnews/asia/indonesia/11315001/AirAsia-plane-reported-missing-with-162-passengers-onboard-latest.html'),
})

pages.update({
 'aolnews-marines-makeover': ('goose3:tests/data/content/test_aolNews.html', [
   ('WASHINGTON', L), ('Marine Corps', O), ('Robert Gates', P), ('Gates', P), ('9/11', E),
   ('San Francisco', L), ('Afghanistan', L), ('Iraq', L), ('Corps', O), ('Marines', O),
   ('US Navy', O), ('Getty Images', O), ('U.S. Marines', O), ('USS Peleliu', X), ('Indian Ocean', L),
   ('Navy', O), ('Ray Mabus', P), ('James Amos', P), ('Marine', O), ('USS Higgins', X),
   ('Pentagon', L), ('Iwo Jima', L), ('Halls of Montezuma', L), ('Shores of Tripoli', L), ('Somalia', L),
   ('Mogadishu', L), ('Army', O), ('America', L), ('Northern Arabian Sea', L), ('Taliban', O),
   ('Pacific', L), ('World War II', E), ('Korean War', E), ('Inchon', L), ('California', L),
   ('Camp Pendleton', L), ('Thomas Ricks', P), ('Center for a New American Security', O),
   ('Making the Corps', W), ('Guadalcanal', L), ('Pusan Perimeter', L), ('Korea', L),
   ('Andrew Bacevich', P), ('Boston University', O), ('U.S. Military Academy', O), ('West Point', L),
   ('Anthony Cordesman', P), ('Center for Strategic and International Studies', O),
   ('Continental Congress', O)],
   'http://www.aolnews.com/2010/08/13/the-few-the-proud-the-marines-getting-a-makeover/'),
 'businessweek-olivia-munn': ('goose3:tests/data/content/test_businessWeek1.html', [
   ('G4', O), ('Olivia Munn', P), ('Munn', P), ('Hollywood', L), ('Attack of the Show!', W),
   ('U.S.', L), ('Lady Gaga', P), ('Maxim', O), ('Chess Roberts', P), ('Iron Man 2', W),
   ('Comedy Central', O), ('Daily Show with Jon Stewart', W),
   ('Suck It, Wonder Woman!: The Misadventures of a Hollywood Geek', W), ('New York Times', O),
   ('Chuck', W), ('NBC', O), ('Perfect Couples', W), ('30 Rock', W), ('Jon Pollack', P),
   ('Munns', P), ('Utah', L), ('Japan', L), ('Oklahoma', L), ('Corinne Secrease', P), ('Tokyo', L),
   ('University of Oklahoma', O), ('Scarecrow Gone Wild', W), ('Kristen Bell', P),
   ('Gisele Bündchen', P), ('Jessica Simpson', P)]),
 'businessweek-social-media-lessons': ('goose3:tests/data/content/test_businessWeek2.html', [
   ('Home Depot', O), ('Facebook', O), ('Twitter', O), ('Homer', X)],
   'http://www.businessweek.com/management/five-social-media-lessons-for-business-09202011.html'),
 'cbslocal-american-hero-malloy': ('goose3:tests/data/content/test_cbslocal.html', [
   ('Facebook', O), ('Timeline', X), ('CBS Local', O),
   ('Al ‘Hughes’ Dukes Photography', O), ('Boomer', P), ('Craig', P), ('American Hero', W),
   ('Allstate Studio', L), ('Kelly Malloy', P)],
   'http://newyork.cbslocal.com/2012/06/08/bc-morning-show-american-hero-kelly-malloy/'),
 'cnbc-fed-operation-twist': ('goose3:tests/data/content/test_cnbc1.html', [
   ('Fed', O), ('Europe', L), ('operation twist', X), ('Treasurys', X), ('Ian Lyngen', P),
   ('Treasury', O), ('CRT Capital', O)],
   'http://www.cnbc.com/id/44613978/'),
 'cnet-verizon-fios-ipad': ('goose3:tests/data/content/test_cnet.html', [
   ('Verizon Fios TV', X), ('iPad', X), ('NEW YORK', L), ('Verizon Communications', O),
   ('Verizon', O), ('Apple iPad', X), ('Shaygan Kheradpir', P), ('Kheradpir', P), ('Fios TV', X),
   ('Time Warner', O), ('Shawn Strickland', P), ('Strickland', P), ('Fios', X), ('CNN', O),
   ('Motorola', O), ('Cisco', O), ('Scientific Atlanta', O), ('FCC', O),
   ('National Broadband Plan', X), ('Fios Internet', X), ('Comcast', O), ('Flexview', X),
   ('Mac', X), ('Google Android', X), ('Research In Motion', O), ('Windows Mobile', X),
   ('iPhone', X)],
   'http://news.cnet.com/8301-30686_3-20014053-266.html'),
 'cnn-democrats-social-security': ('goose3:tests/data/content/test_cnn1.html', [
   ('Democratic National Committee', O), ('Tim Kaine', P), ('Democrats', O), ('Social Security', X),
   ('DNC', O), ('Republicans', O), ('Washington', L), ('CNN', O), ('Democratic Party', O),
   ('Republican Party', O), ('Obama', P), ('Social Security Act', X), ('Franklin Roosevelt', P),
   ('Bush', P), ('House Democratic Leadership', O), ('House', O), ('Wall Street', L),
   ('James Roosevelt Jr.', P), ('FDR', P), ('Roosevelt', P), ('Clinton', P), ('Paul Ryan', P),
   ('Newt Gingrich', P), ('John Boehner', P), ('Boehner', P),
   ('Social Security and Medicare Trustees', O), ('Congress', O), ('Pittsburgh Tribune-Review', O),
   ('non-Social Security', None), ('NBC', O), ('Meet The Press', W), ('NBC News', O),
   ('Wall Street Journal', O), ('Senate', O), ('Sharron Angle', P), ('Angle', P), ('Tea Party', O),
   ('Harry Reid', P), ('Reid', P), ('Nevada', L), ('Medicare', X), ('Alex Mooney', P)],
   'http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html'),
 'engadget-fios-hd-guide': ('goose3:tests/data/content/test_engadget.html', [
   ('Verizon', O), ('FlexView', X), ('FiOS TV', X), ('Motorola', O), ('Joe Ambeault', P),
   ('MoCA-powered', None), ('FiOS-connected', None)],
   'http://www.engadget.com/2010/08/18/verizon-fios-set-top-boxes-getting-a-new-hd-guide-external-stor/'),
 'espn-saban-closed-practices': ('goose3:tests/data/content/test_espn.html', [
   ('Florida', O), ('Alabama', O), ('Urban Meyer', P), ('Meyer', P), ('Nick Saban', P),
   ('Saban', P), ('SEC', O), ('EnlargeCliff Welch', P, 'Cliff Welch'), ('Icon SMI', O),
   ('Maurkice Pouncey', P), ('Gators', O), ('Gator', O), ('NCAA', O), ('Michigan State', O),
   ('Miami Dolphins', O), ('Pentagon', L), ('NFL', O), ('Lane Kiffin', P),
   ('EnlargeStephen Chernin', P, 'Stephen Chernin'), ('Getty ImagesShouldn', O, 'Getty Images'),
   ('Heisman', X), ('LSU', O), ('Ohio State', O), ('Jim Tressel', P), ('Roger Goodell', P),
   ('Reggie Bush', P), ('Heisman Trophy', X), ('USC', O), ('Bush', P), ('Tressel', P)],
   'http://sports.espn.go.com/espn/commentary/news/story?id=5461430'),
 'foxnews-russia-iran-nuclear': ('goose3:tests/data/content/test_foxNews.html', [
   ('FoxNews.com', O), ('Russia', L), ('Iran', L), ('Obama', P), ('U.S.', L), ('Cold War', E),
   ('Dmitri Medvedev', P), ('Moscow', L), ('Tehran', L), ('Washington', L),
   ('Islamic Republic', L), ('Bushehr', L), ('UN', O), ('White House', L), ('Robert Gibbs', P),
   ('U.N. Security Council', O), ('Hillary Rodham Clinton', P), ('Security Council', O),
   ('State Department', O), ('P.J. Crowley', P), ('Crowley', P), ('U.N.', O), ('S-300s', X),
   ('S-300', X), ('Israel', L), ('United States', L), ('European Union', O), ('IAEA', O),
   ('Associated Press', O)],
   'http://www.foxnews.com/politics/2010/08/14/russias-nuclear-help-iran-stirs-questions-improved-relations/'),
 'gizmodo-back-to-school-gear': ('goose3:tests/data/content/test_gizmodo1.html', [
   ('Kate', P), ('Mac', X), ('Windows', X), ('Evernote', O), ('EverNote', O), ('Android', X),
   ('iOS', X), ('Win', X), ('Win 8', X), ('Simplenote', X), ('Extensive Notes', X),
   ('SwiftKey 3', X), ('Zoom Q2HD', X), ('iQ5', X), ('Microsoft Office', X), ('Google Drive', X),
   ('Google', O), ('Office', X), ('Notepad++', X), ('Apple', O), ('iA Writer', X), ('iPad', X),
   ('iPhone', X), ('Editorial', X), ('Text Expander', X), ('Kindle Fire HD', X), ('Kindle', X),
   ('Amazon', O), ('Textbook Rental', X), ('SAT', X), ('Quick Graph', X),
   ('Free Graphing Calculator', X), ('Algeo', X), ('android', X), ('Mathlab Graphing Calculator', X),
   ('AP', X), ('Duolingo', O), ('Live Mocha', O), ('GoT', W), ('iCloud', X), ('SkyDrive', X),
   ('Microsoft', O), ('Dropbox', O), ('Box', O), ('SanDisk Connect', X), ('HBO', O),
   ('Pioneer XW-SMA3', X), ('Soundfreaq Sound Spot', X), ('Harmon Kardon CL', X),
   ('Sol Republic Tracks', X), ('HKs', X), ('FastCo', O), ('LifeHack', O), ('Creativa', P),
   ('wavebreakmedia', O), ('Shutterstock', O), ('Taiga', P), ('Vasin Lee', P), ('Kyle Wagner', P),
   ('Dmitry Elagin', P), ('Mathlab', O), ('racorn', P), ('GIFs', X)],
   'http://gizmodo.com/the-gear-and-apps-you-need-to-survive-the-next-semester-1141460933'),
})

# Issue 16's tenth widening (branch ner22j2): goose3's test pages
# (github.com/goose3/goose3, Apache-2.0, tests/data/content/test_NAME.html),
# read at first sight: the fifth fresh set J, made as the fourth widening's
# pages were (the extracted body kept in the JSON file).
pages.update({
 'guardian-wiig-bridesmaids': ('goose3:tests/data/content/test_guardian1.html', [
   ('Kristen Wiig', P), ('Wiig', P), ('Kristen', P), ('Robert De Niro', P), ('Sean Penn', P),
   ('Emma Brockes', P), ('Bridesmaids', W), ('Annie Mumolo', P), ('Mumolo', P), ('Annie', P),
   ('Judd Apatow', P), ('Apatow', P), ('Tribeca', L), ('Manhattan', L), ('US', L),
   ('Saturday Night Live', W), ('SNL', W), ('Ghost Town', W), ('Knocked Up', W), ('Tina Fey', P),
   ('Fey', P), ('Imogene', W), ('Annette Bening', P), ('Matt Dillon', P), ('New York', L),
   ('Arizona is a notorious', O, 'Arizona'), ('Arizona', L), ('LA', L), ('Grateful Dead', O),
   ('Groundlings', O), ('Lisa Kudrow', P), ("Conan O'Brien", P), ('Will Ferrell', P),
   ('Universal Studios', L), ('Lorne Michaels', P), ('30 Rock', W), ('Amy Poehler', P),
   ('Rachel Dratch', P), ('Anchorman', W), ('The 40-Year-Old Virgin', W), ('Katherine Heigl', P),
   ('Megan', P), ('Melissa McCarthy', P), ('McCarthy', P), ('Mexico', L), ('Vegas', L),
   ('The Hangover', W), ("Porky's", W), ('Hayes Hargrove', P), ('Brian Petsos', P),
   ('The Comedian', W), ('Triple Play', X), ('Blu-ray', X), ('DVD', X)],
   'https://www.theguardian.com/film/2011/nov/18/kristen-wiig-bridesmaids'),
 'huffpost-alabama-immigration-workers': ('goose3:tests/data/content/test_huffingtonPost2.html', [
   ('MONTGOMERY', L), ('Ala.', L), ('Alabama', L), ('Tuscaloosa', L), ('Rick Pate', P), ('Pate', P),
   ('Montgomery', L), ('Hyundai', O), ('Bill Caton', P), ('Associated General Contractors of Alabama', O),
   ('Scott Beason', P), ('Beason', P), ('Chandler Mountain', L), ('Lana Boatwright', P),
   ('Chad Smith', P), ('Cristian Gonzalez', P), ('Gonzalez', P), ('Mexico', L), ('Birmingham', L),
   ('Walmart', O), ('Blake Corder', P), ('Home Builders Association of Tuscaloosa', O),
   ('Russell Davis', P), ('Davis', P), ('Home Builders Association of Alabama', O),
   ('Associated Press', O), ('Jay Reeves', P), ('Dave Martin', P), ('Steele', L)],
   'http://www.huffingtonpost.com/2011/10/06/alabama-workers-immigration-law_n_997793.html'),
 'marketplace-tech-smart-guns': ('goose3:tests/data/content/test_marketplace.html', [
   ('U.S. Senate', O), ('U.S.', L), ('Javascript', X), ('Adobe Flash Player', X)],
   'http://www.marketplace.org/shows/marketplace-tech-report/marketplace-tech-friday-april-19-2013'),
 'mashable-square-mckelvey': ('goose3:tests/data/content/test_mashable_issue_74.html', [
   ('Square', O), ('San Francisco', L), ('Jim McKelvey', P), ('McKelvey', P), ('Jack Dorsey', P),
   ('Dorsey', P), ('Jack', P), ('jack', P), ('Jim', P), ('Twitter', O), ('Mashable', O), ('St. Louis', L),
   ('Six Thirty', O), ('Launch Code', O), ('Tesla', O), ('Steve Jobs', P), ('Jobs-like', None),
   ('Hello Kitty', P), ('Prada', O), ('[St. Louis]', O, 'St. Louis'), ('Cardinals', O),
   ('Stripe', O)],
   'http://mashable.com/2014/01/26/square-cofounder-jim-mckelvey/'),
 'msn-grocery-savings': ('goose3:tests/data/content/test_msn1.html', [
   ('Real Simple', O), ('TheGroceryGame.com', O), ('ShopAtHome.com', O), ('CouponMom.com', O),
   ('Target', O), ('Walmart', O), ('Bing', O), ('MSN Lifestyle', O)]),
 'politico-census-electoral-votes': ('goose3:tests/data/content/test_politico.html', [
   ('Census Bureau', O), ('U.S. Census Bureau', O), ('Barack Obama', P), ('Obama', P),
   ('White House', L), ('Tom Bonier', P), ('National Committee for an Effective Congress', O),
   ('House', O), ('Election Data Services', O), ('New York', L), ('Ohio', L), ('Illinois', L),
   ('Iowa', L), ('Louisiana', L), ('Massachusetts', L), ('Michigan', L), ('Missouri', L),
   ('New Jersey', L), ('Pennsylvania', L), ('Democrats', O), ('EDS', O), ('Kim Brace', P),
   ('Northeast', L), ('Midwest', L), ('South', L), ('West', L), ('Texas', L), ('Arizona', L),
   ('Georgia', L), ('Nevada', L), ('South Carolina', L), ('Utah', L), ('Washington', L),
   ('Florida', L), ('John Thrasher', P), ('Florida Republican Party', O)],
   'http://www.politico.com/news/stories/1010/43352.html'),
})

pages.update({
 'techcrunch-zuckerberg-2005-interview': ('goose3:tests/data/content/test_techcrunch1.html', [
   ('Alexia Tsotsis', P), ('TechCrunch', O), ('University of Southern California', O), ('Los Angeles', L),
   ('CA', L), ('New York City', L), ('at New York...', L, 'New York'), ('Huffington Post', O),
   ('Mark Zuckerberg', P), ('Zuckerberg', P), ('Facebook', O), ('Palo Alto', L), ('Ray Hafner', P),
   ('Hafner', P), ('Derek Franzese', P), ('Franzese', P), ('post-The Social Network', None),
   ('Dustin Moskovitz', P), ('TheFacebook', O), ('US', L), ('Reed Hastings', P), ('CNN', O),
   ('10 People Who Don’t Matter List', X), ('Rupert Murdoch', P), ('Fox', O), ('MySpace', O),
   ('FACEBOOK', O), ('Harvard', O)],
   'http://techcrunch.com/2011/08/13/2005-zuckerberg-didnt-want-to-take-over-the-world/'),
 'time-gulf-oil-uga': ('goose3:tests/data/content/test_time.html', [
   ('Ricky Breaux', P), ('Grand Isle', L), ('La.', L), ('Win McNamee', P), ('Getty Images', O),
   ('Gulf of Mexico', L), ('Deepwater Horizon', X), ('National Oceanic and Atmospheric Administration', O),
   ('NOAA', O), ('Interior Department', O), ('White House', L), ('Jane Lubchenco', P), ('BP', O),
   ('Rush Limbaugh', P), ('University of Georgia', O), ('UGA', O), ('Charles Hopkinson', P),
   ('Hopkinson', P), ('Georgia Sea Grant', O), ('University of South Florida', O), ('USF', O),
   ('Florida', L), ('Washington', L), ('Gulf', L), ('Samantha Joye', P), ('Joye', P), ('TIME', O),
   ('Oil Spill Anxiety on the Bayou', W), ('Macondo', L), ('Greenpeace', O), ('Arctic Sunrise', X),
   ('Dry Tortugas', L), ('Florida Keys', L), ('John Hocevar', P), ('Pictures of the Week', W),
   ('Cartoons of the Week', W)],
   'http://www.time.com/time/health/article/0,8599,2011497,00.html'),
 'time-washington-monument-crack': ('goose3:tests/data/content/test_time2.html', [
   ('Mandel Ngan', P), ('AFP', O), ('Getty Images', O), ('East Coast', L), ('Washington Monument', L),
   ('National Parks Service', O), ('Bill Line', P), ('NPS', O), ('Twitter', O), ('Maryland', L),
   ('Virginia', L), ('National Cathedral', L), ('NewsFeed', O), ('TYLER MCCLOSKEY', P),
   ('the Keystone', O, 'Keystone'), ('Pa.', L), ('Little League', O),
   ('Little League World Series', E), ('Keystone', L), ('South Williamsport', L),
   ('Sports Illustrated', O)],
   'http://newsfeed.time.com/2011/08/24/washington-monument-closes-to-repair-earthquake-induced-crack/'),
 'usatoday-ik-irings-namm': ('goose3:tests/data/content/test_usatoday_issue_74.html', [
   ('with FacebookSign', O, 'Facebook'), ('with Google+Be', X, 'Google+'), ('Jefferson Graham', P),
   ('NAMM', O), ('Anaheim', L), ('ANAHEIM', L), ('Calif.', L), ('Modena, Italy-based', None),
   ('IK Multimedia', O), ('iRings', X), ('National Association of Music Merchants', O), ('iPads', X),
   ('iPhones', X), ('Apple', O), ('IK', O), ('Pong', W), ('Twitter', O)],
   'http://www.usatoday.com/story/tech/columnist/talkingtech/2014/01/25/namm-2014---ik-multimedias-rings-to-make-music/4863193/'),
 'yahoo-jobs-resigns-apple': ('goose3:tests/data/content/test_yahoo.html', [
   ('SAN FRANCISCO', L), ('AP', O), ('Steve Jobs', P), ('Jobs', P), ('Steve', P), ('iPhone', X),
   ('iPad', X), ('Apple Inc.', O), ('Apple', O), ('Tim Cook', P), ('Cook', P), ('Tim', P),
   ('Genentech Inc.', O), ('Art Levinson', P), ('Levinson', P), ('Jeff Gamet', P), ('Gamet', P),
   ('The Mac Observer', O), ('Trip Chowdhry', P), ('Chowdhry', P), ('Global Equities Research', O),
   ('God', P), ('America', L), ('Exxon Mobil', O), ('iMac', X), ('iPod', X), ('iPods', X),
   ('Silicon Valley', L), ('Apple II', X), ('IBM Corp.', O), ('CEO at Next', O, 'Next'), ('Pixar', O),
   ('Toy Story', W), ('Microsoft Windows-based', None), ('Windows', X), ('U.S.', L),
   ('Securities and Exchange Commission', O), ('SEC', O), ('Shannon Cross', P), ('Cross Research', O),
   ('Cross', P), ('Barbara Ortutay', P), ('San Francisco', L)],
   'http://news.yahoo.com/apple-says-steve-jobs-resigning-ceo-224628633.html'),
})

def wordch(c): return c.isalnum()
if traf:
    td = json.load(open(tpath))
    for name, (key, names) in traf.items():
        gold[name] = (key, names)
        texts[key] = ('\n\n'.join(td[key]['with']), key if key.startswith('http') else '')
for name, entry in pages.items():
    key, names = entry[0], entry[1]
    url = entry[2] if len(entry) > 2 else key if key.startswith('http') else ''
    try:
        kept = json.load(open(name + '.json'))
    except FileNotFoundError:
        sys.exit('%s.json holds the extracted body of %s; make it first' % (name, key))
    gold[name] = (key, names)
    texts[key] = (kept['text'], url)
for name, (key, names) in gold.items():
    text = texts[key][0]
    cands = []
    for entry in names:
        ctx, t = entry[0], entry[1]
        n = entry[2] if len(entry) > 2 else ctx
        off = ctx.index(n)
        found = False
        for m in re.finditer(re.escape(ctx), text):
            s, e = m.start(), m.end()
            if s > 0 and wordch(text[s-1]) and wordch(ctx[0]): continue
            if e < len(text) and wordch(text[e]) and wordch(ctx[-1]): continue
            cands.append((s, e, s + off, s + off + len(n), n, t)); found = True
        if not found: sys.exit('not found: %s in %s' % (ctx, name))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = [False]*len(text); ents = []
    for cs, ce, s, e, n, t in cands:
        if any(taken[cs:ce]): continue
        for i in range(cs, ce): taken[i] = True
        if t is not None:
            ents.append({'text': n, 'type': t, 'start': s, 'end': e})
    ents.sort(key=lambda x: x['start'])
    out = {'key': key, 'url': texts[key][1], 'text': text, 'entities': ents}
    json.dump(out, open(name + '.json', 'w'), indent=1, ensure_ascii=False)
    print(name, len(ents), {t: sum(1 for x in ents if x['type'] == t) for t in (P, O, L, E, W, X)})
