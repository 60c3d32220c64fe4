// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplelexicon.h"

#include "wordtable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Keys are lower case without dots, so "U.S.", "US" and "Mr." / "Mr" look the same. Lookups run
// for most words of an article, so the key is built in a reused per-thread buffer (slot 1 is
// for the second word of a two-word key) instead of a new string each time.
const QString &keyOf(QStringView word, int slot = 0)
{
    thread_local QString buffers[2];
    QString &key = buffers[slot];
    key.resize(word.size());
    QChar *out = key.data();
    qsizetype size = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u == u'.') {
            continue;
        }
        if (u < 0x80) {
            out[size++] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        } else {
            // "Tomás", "José", "Zoë": accented Latin letters look up like their plain letter.
            const QChar lower = c.toLower();
            const bool accented = u >= 0xC0 && u < 0x180 && lower.decompositionTag() == QChar::Canonical;
            out[size++] = u == u'\u2019' ? QChar(u'\'') : accented ? lower.decomposition().at(0) : lower;
        }
    }
    key.resize(size);
    return key;
}

QSet<QString> wordSet(QStringView list)
{
    QSet<QString> set;
    for (const QStringView word : list.tokenize(u'|')) {
        set.insert(keyOf(word.trimmed()));
    }
    return set;
}

const auto &maleNames()
{
    static const QSet<QString> set = wordSet(
        u"ilya|satya|emmett|bret|sundar|jensen|reid|marc|sergey|dario|demis|mustafa|arvind|rohan|vikram|rahul|arjun|kwame|kofi|tunde|"
        u"aaron|abdul|abdullah|abraham|adam|adrian|ahmed|ahmad|alan|albert|alberto|alejandro|alex|alexander|alexandre|alexei|alexey|ali|alistair|"
        u"andre|andrei|andrew|andrzej|andy|angus|anthony|antonio|antony|anwar|ariel|arnold|arthur|ashraf|barack|barry|bashar|ben|benjamin|benny|"
        u"bernard|bernie|bill|bob|boris|brad|bradley|brandon|brendan|brett|brian|bruce|bryan|carl|carlos|charles|charlie|chris|christian|christopher|"
        u"chuck|clarence|claude|colin|craig|dale|dan|daniel|danny|dario|darren|dave|david|dean|dennis|derek|dick|dmitri|dmitry|dominic|don|donald|"
        u"doug|douglas|duncan|dylan|ed|eddie|edward|elon|emmanuel|enrique|eric|erik|ernest|evan|fernando|francis|francisco|franco|frank|frederick|"
        u"friedrich|gabriel|gary|gavin|george|gerald|gerhard|giorgio|giuseppe|glenn|gordon|graham|greg|gregory|hakeem|hans|harold|harry|hassan|"
        u"hector|henry|herbert|hossein|howard|hugh|hugo|hunter|ian|igor|ilham|imran|isaac|ivan|jack|jacob|jaime|jake|james|jamie|jan|jared|jason|"
        u"javier|jay|jd|jean|jeff|jeffrey|jens|jeremy|jerome|jerry|jim|jimmy|joe|joel|johann|john|johnny|jon|jonathan|jorge|jose|josef|joseph|josh|"
        u"jordan|joshua|juan|julian|justin|karim|karl|keir|keith|ken|kenneth|kevin|khalid|kim|kirill|klaus|kurt|kyle|lars|larry|lawrence|lee|leo|leon|"
        u"leonard|liam|lindsey|lloyd|louis|luc|luis|luke|mahmoud|marc|marco|mario|mark|martin|matt|matteo|matthew|maurice|max|michael|miguel|mike|"
        u"mikhail|mitch|mohamed|mohammad|mohammed|muhammad|narendra|nathan|neil|nicholas|nick|nicolas|nigel|nikolai|noah|oleg|oliver|olaf|omar|"
        u"oscar|owen|pablo|patrick|paul|pedro|pete|peter|petro|phil|philip|pierre|rafael|ralph|ramzan|randy|raul|ray|raymond|recep|rex|richard|"
        u"rick|rishi|rob|robert|roberto|rodrigo|roger|roman|ron|ronald|rudy|rupert|russell|ryan|sam|samuel|scott|sean|sebastian|serge|sergei|sergey|"
        u"sergio|shinzo|simon|stanley|stefan|stephen|steve|steven|stuart|ted|terence|terrence|terry|thomas|ruud|joost|pieter|arjen|johan|jaap|henk|kees|jeroen|"
        u"wouter|maarten|tim|timothy|tobias|todd|tom|tommy|tony|travis|tyler|"
        u"valery|vance|viktor|vince|vincent|vitali|vladimir|vladislav|volodymyr|walt|walter|wang|warren|wayne|wes|william|willie|xavier|xi|yair|yevgeny|"
        u"yoav|yuri|yury|yusuf|zach|zachary|abiy|adebayo|ahmet|aleksandr|aleksandar|amir|anil|arjun|arvind|babajide|bongani|chidi|"
        u"chinedu|cyril|emeka|faisal|farid|femi|gustavo|hamid|hiroshi|ibrahim|idris|jamal|javad|jiang|jonah|kaito|kamal|kemal|kenji|kofi|"
        u"kwame|li|lula|mahmood|mehmet|moshe|mustafa|naveed|nnamdi|obinna|olusegun|rahul|rajesh|ramesh|rustem|ruslan|salman|sanjay|"
        u"santiago|saeed|shigeru|sipho|suresh|takeshi|tariq|tayyip|tunde|uhuru|vikram|volker|wole|yasser|yosef|zubair|marcus|samuel|"
        u"dmytro|andriy|oleksandr|oleksiy|mykola|vitaliy|denys|taras|yevhen|serhiy|rishi|hakan|kirk|tucker|reince|antony|kash|rand|mitt|"
        u"newt|hal|ned|ollie|theo|felix|jasper|rory|callum|finn|ewan|hamish|seamus|declan|cormac|eamon|niall|ciaran|dermot|henrik|tomas|"
        u"mats|magnus|anders|nils|olof|sven|bjorn|jonas|mikael|jukka|matti|pekka|timo|piotr|tomasz|krzysztof|pawel|"
        u"marek|jakub|lukas|milan|ondrej|zoltan|laszlo|gabor|istvan|bogdan|mihai|dragan|goran|zoran|nikola|luka|ivo|"
        u"joao|rui|tiago|goncalo|diogo|nuno|paulo|andres|diego|alvaro|ignacio|gonzalo|jesus|manuel|marcelo|mauricio|ricardo|"
        u"alessandro|davide|federico|francesco|giovanni|lorenzo|luca|massimo|paolo|stefano|vittorio|dieter|jurgen|"
        u"manfred|uwe|wolfgang|helmut|horst|rainer|thorsten|florian|sebastien|thierry|olivier|jacques|francois|laurent|didier|yves|"
        u"chukwuma|ikechukwu|olumide|segun|kayode|tendai|tinashe|musa|bola|kwesi|yaw|kojo|"
        u"nico|cole|mikel|lamine|jude|bukayo|kieran|trent|raheem|reece|rhys|alfie|archie|freddie|toby|harvey|joaquin|julio|cesar|ernesto|"
        u"emilio|felipe|guillermo|hernan|leandro|lionel|marcos|mateo|unai|iker|aitor|xabi|sergi|jordi|oriol|ferran|antoine|kylian|ousmane|"
        u"mathieu|guillaume|benoit|etienne|raphael|remi|arnaud|cedric|fabien|gilles|julien|ludovic|pascal|thibaut|mamadou|moussa|sadio|"
        u"amadou|cheikh|ibrahima|seydou|bakary|niklas|toni|leroy|ilkay|erling|romelu|achraf|hakim|riyad|youssef|sofiane|zinedine|thiago|"
        u"vinicius|gianluigi|gianluca|fabio|ciro|leonardo|nicolo|gareth|carlo|arsene|rafa|zlatan|cristiano|lebron|giannis|novak|jannik|"
        u"daniil|stefanos|casper|holger|lando|lewis|valtteri|esteban|edouard|bruno|ulf|luiz|inacio|jair|nayib|yoweri|hakainde|emmerson|"
        u"nelson|thabo|julius|mmusi|isaias|salva|riek|yahya|ismail|ebrahim|masoud|nikol|irakli|bidzina|kassym|shavkat|amit|rajnath|shehbaz|"
        u"nitin|nitish|jawaharlal|akhilesh|mallikarjun|chandrababu|piyush|rajiv|manmohan|sharad|uddhav|shivraj|hemant|revanth|lalu|tejashwi|"
        u"nawaz|asif|bilawal|ranil|anura|gotabaya|mahinda|joko|prabowo|gibran|ferdinand|jagmeet|pierre-yves|jean-luc|jean-pierre|"
        u"jean-claude|jean-marie|jean-yves|hendrik|wopke|mark-paul|geert|alexis|kyriakos|nikos|yanis|giorgos|andrej|janez|milos|edi|fumio|"
        u"yoshihide|taro|koichi|akira|haruki|naoki|satoshi|hideki|masayoshi|tadashi|claudio|gerardo|lazaro|nestor|osvaldo|ramon|ruben|"
        u"salvador|saul|teodoro|vicente|agustin|bautista|dante|elias|emiliano|facundo|fidel|gaston|horacio|lisandro|mauro|rodolfo|"
        u"sebastiano|brock|colby|dustin|garrett|jarrod|jeb|nolan|quentin|royce|shane|spencer|tanner|wade|zane|ahmadou|alassane|blaise|"
        u"faustin|macky|patrice|faure|adama|boubacar|idrissa|abdoulaye|bassirou|abdelmadjid|kais|abdelfattah|fayez|naftali|avigdor|itamar|"
        u"bezalel|gideon|gilad|ehud|shimon|yitzhak|edmundo|elvis|diosdado|yvan|tarek|ramiro|leopoldo|henrique|evo|geraldo"_s);
    return set;
}

const auto &femaleNames()
{
    static const QSet<QString> set
        = wordSet(u"mira|tasha|natasha|sheryl|fidji|ginni|safra|indra|gwynne|meg|marissa|"
                  u"abigail|ada|adriana|agnes|alexandra|alexandria|alice|alicia|alison|amanda|amber|amy|ana|andrea|angela|angelina|ann|anna|anne|annalena|"
                  u"annette|antonia|ashley|barbara|beata|betty|beverly|brenda|caitlin|camila|carla|carmen|carol|caroline|catherine|cathy|charlotte|chloe|"
                  u"christina|christine|claire|claudia|cynthia|dana|daniela|deborah|debra|denise|diana|diane|donna|doris|dorothy|elena|elisabeth|elise|"
                  u"eliza|elizabeth|ella|ellen|elvira|emily|emma|erin|eva|evelyn|fiona|frances|gabriela|giorgia|gloria|grace|hannah|heather|heidi|helen|"
                  u"helena|hillary|ilhan|ingrid|irina|isabel|isabella|jacinda|jane|janet|janice|jasmine|jean|jennifer|jessica|jill|joan|joanna|jodie|julia|"
                  u"julie|karen|karine|karoline|kamala|kate|katherine|kathleen|kathryn|kathy|katie|kaja|kelly|kemi|kim|kristi|kristen|laura|lauren|leah|"
                  u"linda|lisa|liz|lori|louise|lucy|lydia|lyudmila|madeleine|maria|marie|marina|marine|marjorie|martha|mary|megan|melania|melissa|mette|"
                  u"mia|michelle|monica|nadia|nancy|natalia|natalie|nicola|nicole|nikki|nina|olena|olga|olivia|pamela|patricia|pauline|penny|rachel|rebecca|"
                  u"rosa|rose|ruth|sandra|sanna|sara|sarah|sharon|shirley|sofia|sophie|stephanie|susan|suzanne|svetlana|tatiana|teresa|theresa|"
                  u"tiffany|tulsi|ursula|valentina|valerie|vanessa|victoria|virginia|wendy|yulia|yvette|zoe|aisha|amara|anjali|ayesha|chiamaka|"
                  u"deepa|fatima|fatma|folake|funmi|hina|ifeoma|indira|kavita|lakshmi|leila|mariam|maryam|meera|naledi|ngozi|nkechi|nomvula|"
                  u"oksana|olha|priya|rania|sabina|samira|shreya|sunita|thandiwe|wanjiru|yasmin|yuki|zainab|zanele|irene|ruth|iryna|kateryna|"
                  u"tetiana|yuliia|halyna|margaret|joanne|judith|harriet|hilary|jacqueline|keiko|mei|ming|noura|ana|beatriz|ines|lucia|marta|"
                  u"paula|pilar|rocio|silvia|ximena|agnieszka|katarzyna|malgorzata|ewa|ilse|greta|heike|ute|birgit|sigrid|astrid|freya|niamh|"
                  u"siobhan|aoife|orla|roisin|saoirse|imogen|harriet|poppy|tamsin|bethan|rhian|cerys|morag|kirsty|adaeze|ama|abena|akosua|efua|"
                  u"chioma|ngozi|yetunde|bisi|ingrid|solveig|annika|karin|kerstin|linnea|maja|elin|ebba|signe|hanne|liv|nora|ida|emilia|amelia|"
                  u"isla|ava|lily|grace|ruby|daisy|phoebe|florence|matilda|agatha|beatrice|eleanor|georgia|louisa|rosalind|vivienne|"
                  u"giulia|francesca|chiara|elisa|federica|alessandra|anne-marie|marie-claire|camille|manon|lea|juliette|"
                  u"amelie|sabine|petra|katrin|anja|nadine|jutta|renate|helga|dagmar|zuzana|jana|lenka|marketa|ilona|zsofia|ioana|"
                  u"andreea|elena|mariana|raluca|milena|jelena|ivana|dragana|tanja|mirela|"
                  u"aitana|alexia|alessia|beth|keira|millie|coco|serena|naomi|iga|aryna|ons|simona|garbine|sloane|suella|priti|nadine|therese|bridget|"
                  u"dilma|cristina|xiomara|dina|nirmala|smriti|mamata|sonia|priyanka|droupadi|sunita|supriya|hasina|salome|maia|carrie|stacey|gretchen|tammy|"
                  u"gina|tina|wanda|"
                  u"yolanda|consuelo|araceli|dolores|inmaculada|macarena|nuria|begona|ainhoa|leire|irati|amina|aminata|fatou|mariama|awa|khadija|"
                  u"halima|zahra|shirin|narges|golshifteh|hend|ayelet|tzipi|orit|merav|gila|yael|noa|shira|tamar|roberta|ylva|margrethe|sahra|ivanka|"
                  u"lara|danielle|gabrielle|miriam|anita|colleen|allison|kristin|melanie|jenna|courtney|delcy|corina|caryslia|gleisi|luisa|lilian|"
                  u"tibisay|cilia"_s);
    return set;
}

const auto &titles()
{
    static const QHash<QString, PeopleLexicon::Gender> table = [] {
        QHash<QString, PeopleLexicon::Gender> t;
        for (const QString &w : wordSet(u"mr|sir|lord|king|prince|sheikh|emir|father|brother|duke|baron|count|senhor|señor|sr|signor|herr|monsieur|shri"_s)) {
            t.insert(w, PeopleLexicon::Gender::Male);
        }
        for (const QString &w :
            wordSet(u"mrs|ms|miss|dame|lady|queen|princess|sister|duchess|baroness|madam|madame|senhora|señora|sra|srta|signora|frau|mme|smt|shrimati"_s)) {
            t.insert(w, PeopleLexicon::Gender::Female);
        }
        for (const QString &w :
            wordSet(u"dr|prof|professor|president|vice|senator|sen|rep|representative|congressman|congresswoman|gov|governor|"
                    u"mayor|judge|justice|chancellor|premier|minister|secretary|ambassador|envoy|general|gen|admiral|adm|colonel|"
                    u"col|lt|lieutenant|captain|capt|major|maj|sgt|sergeant|det|supt|insp|cpl|corporal|commander|pope|cardinal|bishop|archbishop|rabbi|imam|"
                    u"rev|revd|rt|reverend|chairman|chairwoman|chair|commissioner|speaker|attorney|detective|inspector|officer|coach|"
                    u"ceo|cto|cfo|coo|chief|director|dean|mp|mep|pm|deputy|leader|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|"
                    u"prime|foreign|defence|defense|interior|finance|health|state|home|economy|trade|national|security|"
                    u"councillor|councilor|cllr|councilman|councilwoman|alderman|alderwoman|assemblyman|assemblywoman|"
                    u"assemblymember|supervisor|sheriff|magistrate|constable|superintendent|provost|rector|"
                    // An office won but not yet taken: "President-elect Donald Trump".
                    u"president-elect|vice-president-elect|governor-elect|mayor-elect|senator-elect|chancellor-designate|premier-designate|"
                    u"minister-designate"_s)) {
            t.insert(w, PeopleLexicon::Gender::Unknown);
        }
        return t;
    }();
    return table;
}

using Role = PeopleLexicon::Role;
using Group = PeopleLexicon::RoleGroup;

const auto &roles()
{
    static const QHash<QString, Role> table = [] {
        QHash<QString, Role> t;
        const auto add = [&t](QStringView list, Group group, bool generic = false) {
            for (const QString &w : wordSet(list)) {
                t.insert(w, Role{w, group, false, generic});
            }
        };
        add(u"president|king|queen|monarch|emperor|chancellor|premier|dictator|strongman|ruler|sultan|emir|pope|pontiff|ayatollah|taoiseach|prince|princess|"
            u"sheikh|pm"_s,
            Group::Leader);
        add(u"leader|head"_s, Group::Leader, true);
        // "WHO Director-General Tedros Adhanom Ghebreyesus", "UN Secretary-General Antonio Guterres":
        // hyphenated offices are one word.
        add(u"secretary-general|director-general|attorney-general|solicitor-general|governor-general|inspector-general|auditor-general"_s, Group::Official);
        add(u"minister|secretary|ambassador|commissioner|mayor|governor|attorney|prosecutor|deputy|vice-president|undersecretary|"
            u"regulator|negotiator|diplomat|bureaucrat|administrator|official|officer"_s,
            Group::Official);
        t[u"official"_s].generic = true;
        t[u"officer"_s].generic = true;
        add(u"aide|adviser|advisor|assistant|counsellor|counselor|confidant|lieutenant|loyalist|ally"_s, Group::Aide);
        t[u"aide"_s].generic = true;
        add(u"envoy|emissary|representative|intermediary|mediator"_s, Group::Envoy);
        add(u"speaker|senator|congressman|congresswoman|lawmaker|legislator|mp|mep|politician|parliamentarian|candidate|nominee|councillor|councilor|alderman|alderwoman|assemblyman|assemblywoman"_s,
            Group::Legislator);
        t[u"lawmaker"_s].generic = true;
        t[u"politician"_s].generic = true;
        add(u"ceo|cto|cfo|coo|executive|chairman|chairwoman|chair|director|founder|co-founder|cofounder|billionaire|businessman|businesswoman|banker|"
            u"investor|tycoon|owner|shareholder|stakeholder|partner|backer|financier|donor|vice-chair|vice-chairman|vice-chairwoman"_s,
            Group::Executive);
        add(u"judge|justice|magistrate|lawyer|attorney|barrister"_s, Group::Judge);
        add(u"general|admiral|colonel|commander|soldier|marshal"_s, Group::Military);
        add(u"inspector|superintendent|constable|sergeant|sheriff|commissioner"_s, Group::Official);
        add(u"spokesman|spokeswoman|spokesperson"_s, Group::Spokesperson);
        add(u"economist|analyst|professor|scientist|researcher|expert|author|journalist|reporter|activist|historian|coach|manager|novelist|"
            u"poet|editor|publisher|agent|artist|musician|composer|athlete|star|chef|designer|architect|photographer|filmmaker|playwright|"
            u"comedian|broadcaster|presenter|host|commentator|pundit|blogger|podcaster|interpreter|translator|farmer|fisherman|entrepreneur|champion|driver|"
            u"skipper|columnist|correspondent|captain|"
            u"fellow|midfielder|defender|goalkeeper|forward|winger|engineer|teenager|referee|umpire|"
            u"player|striker|actor|actress|singer|writer|doctor|nurse|teacher|student|pastor|priest|bishop|resident|witness|victim|suspect|"
            u"defendant|plaintiff|chief|boss|mogul|dealmaker|veteran|critic|headteacher|headmaster|headmistress|campaigner|surgeon|paramedic|"
            u"firefighter|pilot|detective|prosecutor|pharmacist|midwife|shopkeeper|pensioner|cardiologist|epidemiologist|physician|psychologist|"
            u"psychiatrist|gp|sociologist|physicist|chemist|biologist|ecologist|geologist|climatologist|meteorologist|forecaster|strategist|"
            u"consultant|lecturer|academic|scholar|investigator|auditor|accountant|trader|broker|pollster|lobbyist|economist|virologist|"
            u"oncologist|paediatrician|pediatrician|dentist|vet|veterinarian|mechanic|electrician|plumber|farmworker|miner|fisher|convener|convenor|"
            u"organiser|organizer|volunteer|coordinator|steward|caretaker|landlord|developer|specialist|employee|staffer|worker|insider|examiner|supervisor|"
            u"treasurer|cardinal|archbishop|camerlengo|dean|deacon|nun|monk|friar|seminarian|vicar|chaplain|rabbi|imam|"
            u"wife|husband|son|daughter|mother|father|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|uncle|aunt|"
            u"niece|nephew|cousin|fiancee|fiance|girlfriend|boyfriend|neighbour|neighbor|colleague|friend|"
            // Positions on a team: "quarterback Jalen Hurts", "the 22-year-old cornerback". Words
            // that are common nouns or verbs alone ("safety", "tackle", "guard") are left out.
            u"quarterback|cornerback|linebacker|lineman|receiver|halfback|fullback|kicker|punter|pitcher|shortstop|outfielder|"
            u"infielder|batter|batsman|wicketkeeper|all-rounder|jockey|golfer|boxer|sprinter|swimmer|cyclist|gymnast|skier|rookie|mvp|"
            // The people who make films, records and shows.
            // Medicine's specialists: "an endocrinologist at Linden Park Medical Center".
            u"endocrinologist|neurologist|radiologist|anesthesiologist|anaesthetist|dermatologist|gastroenterologist|immunologist|pathologist|"
            u"geneticist|obstetrician|gynecologist|gynaecologist|urologist|hematologist|haematologist|nephrologist|pulmonologist|rheumatologist|"
            u"neuroscientist|neurosurgeon|nutritionist|dietitian|toxicologist|pharmacologist|microbiologist|clinician|statistician|technician|"
            u"producer|screenwriter|songwriter|rapper|publicist|cinematographer|writer-director|actor-director|singer-songwriter|"
            u"writer-producer|player-coach|schoolteacher"_s,
            Group::Other);
        // What the public is in a story: "voter Marcus Bell, 52,", "Reader Alison Grey writes
        // in", "Reform supporter Dave Kemp". "commuters at Kingsbridge" are where they stand.
        add(u"voter|reader|listener|viewer|shopper|commuter|passenger|motorist|traveller|traveler|tourist|holidaymaker|protester|demonstrator|homeowner|"
            u"fan|supporter|spectator|onlooker|bystander|evacuee"_s,
            Group::Public);
        // Synonyms share one canonical role, so "the minister" finds a "Health Secretary".
        const QList<std::pair<QString, QString>> synonyms{{u"secretary"_s, u"minister"_s}, {u"advisor"_s, u"adviser"_s}, {u"counsellor"_s, u"adviser"_s},
            {u"counselor"_s, u"adviser"_s}, {u"spokeswoman"_s, u"spokesman"_s}, {u"spokesperson"_s, u"spokesman"_s}, {u"chairwoman"_s, u"chairman"_s},
            {u"chair"_s, u"chairman"_s}, {u"novelist"_s, u"writer"_s}, {u"author"_s, u"writer"_s}, {u"congresswoman"_s, u"congressman"_s},
            {u"businesswoman"_s, u"businessman"_s}, {u"pm"_s, u"prime minister"_s}, {u"gp"_s, u"doctor"_s}, {u"pontiff"_s, u"pope"_s}};
        for (const auto &[word, canonical] : synonyms) {
            if (t.contains(word)) {
                t[word].canonical = canonical;
            }
        }
        // Plurals name groups, never one person; they are known so that they are not taken as names.
        const QList<QString> singulars = t.keys();
        for (const QString &w : singulars) {
            Role plural = t.value(w);
            plural.plural = true;
            QString pluralForm;
            if (w.endsWith(u'y') && !w.endsWith(u"ey"_s) && !w.endsWith(u"oy"_s)) {
                pluralForm = w.chopped(1) + u"ies"_s;
            } else if (w.endsWith(u"man"_s)) {
                pluralForm = w.chopped(3) + u"men"_s;
            } else if (w.endsWith(u's') || w.endsWith(u"ch"_s)) {
                pluralForm = w + u"es"_s;
            } else {
                pluralForm = w + u"s"_s;
            }
            if (!t.contains(pluralForm)) {
                t.insert(pluralForm, plural);
            }
        }
        return t;
    }();
    return table;
}

const auto &compoundRoles()
{
    static const QHash<QString, Role> table = [] {
        QHash<QString, Role> t;
        const auto add = [&t](QStringView list, Group group) {
            for (const QStringView phrase : list.tokenize(u'|')) {
                const QString key = keyOf(phrase);
                t.insert(key, Role{key, group, false, false});
            }
        };
        add(u"prime minister|vice president|head of state|supreme leader|crown prince|first minister|holy father"_s, Group::Leader);
        add(u"foreign minister|defence minister|defense minister|finance minister|interior minister|home secretary|foreign secretary|"
            u"defense secretary|defence secretary|treasury secretary|state secretary|press secretary|chief of|attorney general|"
            u"national security|security adviser|chief negotiator|central banker|chief prosecutor|health minister|trade minister|"
            u"foreign affairs|council member|city council member|committee member|cabinet member"_s,
            Group::Official);
        // A parliament's party whips lead its members there, not the party: "the party leader" is someone else.
        add(u"floor leader|majority leader|minority leader"_s, Group::Legislator);
        add(u"first lady|first gentleman"_s, Group::Other);
        // Positions of two words whose second is a common noun alone ("back", "end", "tackle").
        add(u"running back|tight end|defensive tackle|defensive end|offensive tackle|defensive back|point guard|shooting guard"_s, Group::Other);
        add(u"chief executive|managing director|board member"_s, Group::Executive);
        add(u"special envoy|peace envoy|top envoy|top negotiator"_s, Group::Envoy);
        add(u"chief justice|supreme court"_s, Group::Judge);
        // "The Holy Father" is how church news calls the pope after his name.
        t[u"holy father"_s].canonical = u"pope"_s;
        return t;
    }();
    return table;
}

const auto &roleModifiers()
{
    static const QSet<QString> set
        = wordSet(u"former|top|senior|chief|special|deputy|foreign|policy|veteran|longtime|long-time|current|then|outgoing|incoming|new|presidential|"
                  u"acting|interim|main|lead|personal|trusted|close|key|leading|powerful|embattled|controversial|elected|interior|defence|defense|finance|"
                  u"trade|health|national|security|economic|military|peace|press|communications|chief|principal|junior|retired|exiled|jailed|beleaguered|"
                  u"ousted|sacked|deposed|disgraced|reinstated|suspended|dismissed|toppled|departing|"
                  u"prime|vice|federal|regional|local|state|party|opposition|government|administration|campaign|union|white|house|kremlin|two-term|one-time|"
                  u"73-year-old|79-year-old|billionaire|republican|democratic|conservative|liberal|labour|centrist|populist|far-right|left-wing|right-wing|"
                  u"nationalist|hardline|moderate|influential|veteran|diplomatic|global|regional|democrat|democrats|republicans|tory|socialist|"
                  u"communist|green|independent|technology|operating|financial|information|marketing|commercial|investment|medical|legal|"
                  u"science|scientific|technical|general|"
                  // A newsroom's desks: "economics editor", "political correspondent".
                  u"economics|business|political|sports|education|environment|climate|markets|culture|arts|crime"_s);
    return set;
}

const auto &countries()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString &code, QStringView list) {
            for (const QString &w : wordSet(list)) {
                t.insert(w, code);
            }
        };
        add(u"US"_s, u"us|usa|america|american|americans|united states|washington|white house|pentagon|trump administration|biden administration"_s);
        add(u"RU"_s, u"russia|russian|russians|kremlin|moscow|russian federation"_s);
        add(u"UA"_s, u"ukraine|ukrainian|ukrainians|kyiv|kiev"_s);
        add(u"GB"_s, u"uk|britain|british|united kingdom|england|english|scotland|scottish|wales|welsh|london|downing street|whitehall"_s);
        add(u"CN"_s, u"china|chinese|beijing"_s);
        add(u"FR"_s, u"france|french|paris|elysee|élysée"_s);
        add(u"DE"_s, u"germany|german|berlin"_s);
        add(u"IT"_s, u"italy|italian|rome"_s);
        add(u"ES"_s, u"spain|spanish|madrid"_s);
        add(u"PL"_s, u"poland|polish|warsaw"_s);
        add(u"IL"_s, u"israel|israeli|israelis|jerusalem"_s);
        add(u"PS"_s, u"palestine|palestinian|palestinians|gaza|ramallah"_s);
        add(u"IR"_s, u"iran|iranian|tehran"_s);
        add(u"IN"_s, u"india|indian|delhi|new delhi"_s);
        add(u"JP"_s, u"japan|japanese|tokyo"_s);
        add(u"KR"_s, u"south korea|south korean|seoul"_s);
        add(u"KP"_s, u"north korea|north korean|pyongyang"_s);
        add(u"TR"_s, u"turkey|turkish|ankara|turkiye|türkiye"_s);
        add(u"SA"_s, u"saudi|saudis|saudi arabia|riyadh"_s);
        add(u"QA"_s, u"qatar|qatari|doha"_s);
        add(u"AE"_s, u"uae|emirati|abu dhabi|dubai|united arab emirates"_s);
        add(u"EG"_s, u"egypt|egyptian|cairo"_s);
        add(u"CA"_s, u"canada|canadian|ottawa"_s);
        add(u"MX"_s, u"mexico|mexican"_s);
        add(u"BR"_s, u"brazil|brazilian|brasilia"_s);
        add(u"AU"_s, u"australia|australian|canberra"_s);
        add(u"BY"_s, u"belarus|belarusian|minsk"_s);
        add(u"HU"_s, u"hungary|hungarian|budapest"_s);
        add(u"CH"_s, u"switzerland|swiss|geneva|bern"_s);
        add(u"SY"_s, u"syria|syrian|damascus"_s);
        add(u"EU"_s, u"eu|european union|brussels|european|europeans"_s);
        add(u"NL"_s, u"netherlands|dutch|amsterdam|the hague"_s);
        add(u"BE"_s, u"belgium|belgian"_s);
        add(u"SE"_s, u"sweden|swedish|stockholm"_s);
        add(u"NO"_s, u"norway|norwegian|oslo"_s);
        add(u"FI"_s, u"finland|finnish|helsinki"_s);
        add(u"DK"_s, u"denmark|danish|copenhagen"_s);
        add(u"IE"_s, u"ireland|irish|dublin"_s);
        add(u"GR"_s, u"greece|greek|athens"_s);
        add(u"PT"_s, u"portugal|portuguese|lisbon"_s);
        add(u"AT"_s, u"austria|austrian|vienna"_s);
        add(u"CZ"_s, u"czech|czechia|prague"_s);
        add(u"RO"_s, u"romania|romanian|bucharest"_s);
        add(u"ZA"_s, u"south africa|south african|pretoria|johannesburg"_s);
        add(u"NG"_s, u"nigeria|nigerian|lagos|abuja"_s);
        add(u"KE"_s, u"kenya|kenyan|nairobi"_s);
        add(u"AR"_s, u"argentina|argentine|argentines|argentinian|buenos aires"_s);
        add(u"VE"_s, u"venezuela|venezuelan|caracas"_s);
        add(u"PK"_s, u"pakistan|pakistani|islamabad"_s);
        add(u"AF"_s, u"afghanistan|afghan|kabul"_s);
        add(u"IQ"_s, u"iraq|iraqi|baghdad"_s);
        add(u"LB"_s, u"lebanon|lebanese|beirut"_s);
        add(u"JO"_s, u"jordan|jordanian|amman"_s);
        add(u"TW"_s, u"taiwan|taiwanese|taipei"_s);
        add(u"GE"_s, u"georgia|georgian|tbilisi"_s);
        add(u"MD"_s, u"moldova|moldovan"_s);
        add(u"EE"_s, u"estonia|estonian|tallinn"_s);
        add(u"LV"_s, u"latvia|latvian|riga"_s);
        add(u"LT"_s, u"lithuania|lithuanian|vilnius"_s);
        add(u"ID"_s, u"indonesia|indonesian|indonesians|jakarta"_s);
        // Countries whose adjective or people ends in no suffix the demonym rule knows ("Thai",
        // "Filipino", "Bangladeshi", "Cuban"), and whose capitals news puts in datelines. Capitals
        // that are also given names ("Sofia", "Santiago") are left out.
        add(u"TH"_s, u"thailand|thai|thais|bangkok"_s);
        add(u"MM"_s, u"myanmar|burma|burmese|yangon|naypyitaw|mandalay"_s);
        add(u"VN"_s, u"vietnam|vietnamese|hanoi"_s);
        add(u"PH"_s, u"philippines|filipino|filipinos|filipina|manila"_s);
        add(u"MY"_s, u"malaysia|malaysian|malaysians|kuala lumpur"_s);
        add(u"BD"_s, u"bangladesh|bangladeshi|bangladeshis|dhaka"_s);
        add(u"LK"_s, u"sri lanka|sri lankan|colombo"_s);
        add(u"NP"_s, u"nepal|nepali|nepalese|kathmandu"_s);
        add(u"CU"_s, u"cuba|cuban|cubans|havana"_s);
        add(u"CO"_s, u"colombia|colombian|bogota|bogotá"_s);
        add(u"PE"_s, u"peru|peruvian|lima"_s);
        add(u"HT"_s, u"haiti|haitian|port-au-prince"_s);
        add(u"ET"_s, u"ethiopia|ethiopian|addis ababa"_s);
        add(u"SD"_s, u"sudan|sudanese|khartoum"_s);
        add(u"SO"_s, u"somalia|somali|somalis|mogadishu"_s);
        add(u"YE"_s, u"yemen|yemeni|yemenis|sanaa"_s);
        add(u"UG"_s, u"uganda|ugandan|kampala"_s);
        add(u"RW"_s, u"rwanda|rwandan|kigali"_s);
        add(u"GH"_s, u"ghana|ghanaian|accra"_s);
        add(u"MA"_s, u"morocco|moroccan|rabat"_s);
        add(u"AZ"_s, u"azerbaijan|azerbaijani|azeri|baku"_s);
        add(u"AM"_s, u"armenia|armenian|yerevan"_s);
        add(u"RS"_s, u"serbia|serbian|serb|serbs|belgrade"_s);
        add(u"HR"_s, u"croatia|croatian|croat|croats|zagreb"_s);
        add(u"KZ"_s, u"kazakhstan|kazakh|astana"_s);
        add(u"UZ"_s, u"uzbekistan|uzbek|tashkent"_s);
        return t;
    }();
    return table;
}

// "Russian", "Americans", "Argentine", "Swiss": an adjective or a people, which names no place.
bool isDemonym(const QString &key)
{
    static const QSet<QString> irregular
        = wordSet(u"argentine|saudi|israeli|iraqi|qatari|emirati|pakistani|afghan|swiss|french|dutch|greek|czech|"
                  u"german|welsh|kenyan|venezuelan|moldovan|palestinians|israelis|saudis|argentines|europeans|thai|thais|filipino|filipinos|"
                  u"filipina|bangladeshi|bangladeshis|cuban|cubans|nepali|somali|somalis|yemeni|yemenis|ugandan|rwandan|"
                  u"azeri|serb|serbs|croat|croats|kazakh|uzbek|burmese|sri lankan"_s);
    const QStringView singular = key.endsWith(u's') && !key.endsWith(u"ss"_s) ? QStringView(key).chopped(1) : QStringView(key);
    return irregular.contains(key) || singular.endsWith(u"ian") || singular.endsWith(u"ese") || singular.endsWith(u"ish") || singular.endsWith(u"can")
        || singular.endsWith(u"ean");
}

const auto &places()
{
    // Beyond the countries and capitals above: regions, cities and geographic names that news
    // writes in capitals and that must never become people.
    static const QSet<QString> set
        = wordSet(u"europe|asia|africa|middle east|latin america|south america|north america|east asia|southeast asia|central asia|the west|west|east|"
                  u"north|south|arctic|antarctica|pacific|atlantic|mediterranean|black sea|red sea|baltic|balkans|caucasus|crimea|donbas|donbass|donetsk|"
                  u"luhansk|zaporizhzhia|kherson|kharkiv|odesa|odessa|lviv|dnipro|mariupol|bakhmut|pokrovsk|kursk|belgorod|sevastopol|gaza strip|west bank|"
                  u"golan|sinai|new york|los angeles|chicago|houston|miami|boston|san francisco|seattle|atlanta|dallas|philadelphia|florida|california|texas|"
                  u"alaska|anchorage|hawaii|virginia|maryland|ohio|michigan|pennsylvania|arizona|nevada|georgia|carolina|north carolina|south carolina|"
                  u"new jersey|mar-a-lago|palm beach|camp david|manhattan|brooklyn|st petersburg|saint petersburg|sochi|minsk|istanbul|jeddah|hong kong|"
                  u"shanghai|mumbai|sydney|melbourne|toronto|montreal|vancouver|munich|frankfurt|hamburg|milan|barcelona|davos|strasbourg|the hague|"
                  u"manchester|birmingham|edinburgh|glasgow|cardiff|belfast|northern ireland|wall street|silicon valley|capitol hill|downing street|"
                  u"scandinavia|siberia|kashmir|tibet|xinjiang|yemen|libya|sudan|somalia|ethiopia|mali|niger|chad|haiti|cuba|colombia|chile|peru|"
                  u"bolivia|ecuador|indonesia|malaysia|singapore|thailand|vietnam|philippines|myanmar|bangladesh|sri lanka|nepal|kazakhstan|uzbekistan|"
                  u"armenia|azerbaijan|serbia|croatia|bosnia|kosovo|albania|bulgaria|slovakia|slovenia|iceland|greenland|new zealand|morocco|algeria|"
                  u"tunisia|nicaragua|panama|guatemala|honduras|oman|bahrain|kuwait|"
                  // Countries whose names hold "and".
                  u"bosnia and herzegovina|trinidad and tobago|antigua and barbuda|saint kitts and nevis|st kitts and nevis|herzegovina"_s);
    return set;
}

const auto &placeWords()
{
    static const QSet<QString> set = wordSet(u"city|county|state|province|region|oblast|district|valley|river|island|islands|mountains|street|"
                                             u"avenue|square|bridge|airport|port|harbour|harbor|strait|gulf|bay|lake|sea|ocean|coast|peninsula|"
                                             u"heights|hills|desert|plain|border|station|terminal|stadium|arena|"
                                             // "Buckingham Palace", "Windsor Castle": a royal or historic seat is a place.
                                             u"palace|castle|abbey|cathedral|"
                                             // "St Peter's Basilica", "the Sistine Chapel": places of worship.
                                             u"basilica|chapel|shrine|monastery|convent"_s);
    return set;
}

const auto &organisations()
{
    static const QSet<QString> set
        = wordSet(u"nato|un|united nations|eu|european union|european commission|imf|world bank|who|wto|opec|g7|g20|brics|osce|iaea|icc|fbi|cia|nsa|"
                  u"kgb|fsb|sbu|gru|mi5|mi6|nasa|pentagon|kremlin|white house|congress|senate|parliament|duma|state duma|verkhovna rada|rada|knesset|"
                  u"bundestag|supreme court|federal reserve|fed|ecb|bank of england|treasury|state department|foreign office|downing street|hamas|"
                  u"hezbollah|taliban|isis|al-qaeda|wagner|reuters|bloomberg|ap|afp|bbc|cnn|fox|fox news|msnbc|nbc|abc|cbs|npr|pbs|axios|politico|"
                  u"tass|ria|ria novosti|interfax|ukrinform|al jazeera|sky|sky news|guardian|the guardian|financial times|ft|wall street journal|wsj|"
                  u"new york times|washington post|the economist|economist|le monde|der spiegel|spiegel|the telegraph|telegraph|the times|times|"
                  u"the independent|independent|daily mail|the sun|usa today|newsweek|time|the atlantic|vox|semafor|punchbowl|the hill|"
                  u"google|apple|microsoft|amazon|meta|facebook|twitter|x|tesla|spacex|openai|nvidia|intel|boeing|airbus|gazprom|rosneft|"
                  u"anthropic|alphabet|salesforce|oracle|ibm|netflix|uber|airbnb|linkedin|reddit|quora|twitch|samsung|sony|toyota|"
                  u"goldman sachs|morgan stanley|jpmorgan|jpmorgan chase|citigroup|citi|barclays|hsbc|ubs|blackrock|wells fargo|"
                  // Companies named after their founders, whom the news no longer means: a
                  // given name opening them must not make a person of them ("Eli Lilly's Zepbound").
                  u"eli lilly|novo nordisk|bristol myers squibb|lockheed martin|merrill lynch|estee lauder|estée lauder|louis vuitton|hugo boss|"
                  u"pfizer|astrazeneca|moderna|glaxosmithkline|"
                  u"republicans|democrats|gop|republican party|democratic party|labour|tories|conservatives|liberal democrats|lib dems|snp|"
                  u"ukip|reform uk|afd|cdu|spd|kyiv independent|kyiv post|meduza|novaya gazeta|telegram|truth social|youtube|tiktok|instagram|"
                  u"whatsapp|signal|oval office|situation room|mar-a-lago|élysée|elysee|quai d'orsay|number 10|no 10|ministry|cabinet|army|navy|"
                  u"air force|police|government|administration|court|council|commission|committee|agency"_s);
    return set;
}

const auto &organisationWords()
{
    static const QSet<QString> set = wordSet(
        u"ministry|ministries|agency|party|council|inc|corp|corporation|co|ltd|llc|plc|gmbh|ag|sa|news|times|post|journal|tribune|herald|"
        u"gazette|telegraph|guardian|observer|press|review|daily|weekly|magazine|"
        // Newspapers' names: "The Northern Record", "the Pacific Ledger", "the Bay Chronicle".
        u"record|ledger|courier|chronicle|dispatch|sentinel|enquirer|inquirer|bulletin|network|radio|tv|television|channel|broadcasting|media|bank|"
        u"fund|group|holdings|partners|capital|company|companies|union|association|federation|foundation|institute|institution|university|"
        u"college|school|academy|hospital|clinic|court|tribunal|commission|committee|department|office|bureau|service|services|authority|"
        u"administration|house|senate|congress|parliament|assembly|cabinet|government|army|navy|forces|force|guard|police|command|church|"
        u"club|team|league|fc|airlines|airways|motors|energy|oil|gas|pharma|pharmaceuticals|technologies|systems|labs|laboratories|studios|"
        u"center|centre|centers|centres|initiative|movement|front|alliance|coalition|organisation|organization|board|reserve|exchange|watch|international|"
        u"society|district|metals|"
        u"national|federal|republic|kingdom|union|bloc|summit|conference|forum|treaty|accord|accords|plan|act|bill|doctrine|strategy|"
        u"program|programme|project|operation|mission|fleet|brigade|battalion|regiment|division|corps|power|water|rail|railway|railways|"
        u"transport|electric|utilities|utility|telecom|networks|insurance|trust|infirmary|partnership|politics|business|sport|sports|games|festival|"
        u"museum|gallery|library|theatre|theater|orchestra|prize|award|awards|cup|championship|championships|olympics|finals|playoffs|records|books|"
        u"publishing|foods|"
        u"brands|industries|enterprises|solutions|logistics|farms|dairy|dairies|mills|stores|markets|retail|ventures|works|steel|mining|"
        u"petroleum|chemicals|electronics|software|entertainment|pictures|healthcare|homes|properties|estates|construction|engineering|"
        u"shipping|shipyard|aerospace|defence|defense|pharmacy|clinic|laboratory|lab|studio|records|hotels|resorts|restaurants|"
        u"consulting|partners|associates|llp|nv|bv|spa|ab|asa|oyj|kk|air|aviation|express|airline|cargo|freight|rail|bus|ferries|"
        u"rovers|wanderers|athletic|albion|rangers|hotspur|harriers|sporting|music|"
        u"skating|gymnastics|swimming|athletics|cycling|rowing|soccer|football|rugby|hockey|tennis|boxing|"
        u"telecoms|mobile|digital|online|ai|robotics|biotech|therapeutics|semiconductor|semiconductors|"
        // "First Citizens BancShares", "Zions Bancorporation": bank holding companies.
        u"bancshares|bankshares|bancorp|bancorporation"_s);
    return set;
}

const auto &calendarWords()
{
    static const QSet<QString> set
        = wordSet(u"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                  u"nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|thanksgiving|ramadan|eid|hanukkah|passover|"
                  u"new year|halloween|today|tomorrow|yesterday|tonight|"
                  // Time zones open live-blog entries: "20:05 GMT Trump has spoken to reporters".
                  u"gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|aest|aedt"_s);
    return set;
}

const auto &functionWords()
{
    static const QSet<QString> set
        = wordSet(u"a|an|the|this|that|these|those|my|your|his|her|its|our|their|i|you|he|she|it|we|they|me|him|us|them|who|whom|whose|which|what|"
                  u"when|where|why|how|whether|if|unless|because|since|while|although|though|as|after|before|until|once|so|but|and|or|nor|yet|for|"
                  u"in|on|at|by|with|without|within|from|to|into|onto|of|off|over|under|about|above|below|between|among|amid|amidst|against|during|"
                  u"through|throughout|across|along|around|behind|beyond|despite|except|like|near|per|since|toward|towards|upon|via|beside|besides|"
                  u"there|here|then|now|still|also|even|just|only|already|again|ever|never|always|often|sometimes|meanwhile|however|moreover|"
                  u"furthermore|nevertheless|nonetheless|instead|indeed|thus|therefore|hence|otherwise|later|earlier|soon|finally|first|second|third|"
                  u"last|next|many|much|more|most|some|any|all|both|each|every|either|neither|no|not|none|one|two|three|several|few|other|another|"
                  u"such|same|own|yes|well|oh|asked|said|says|according|speaking|do|does|did|is|are|was|were|be|been|being|has|have|"
                  u"had|will|would|can|could|should|may|might|must|shall|let|please|thanks|thank|dear|hello|hi|sources|officials|reports|critics|"
                  u"analysts|experts|observers|residents|updated|breaking|exclusive|analysis|opinion|comment|editorial|watch|read|related|live|"
                  u"photo|video|advertisement|subscribe|sign|share|follow|click|see|also|more|top|latest|news|story|stories|note|editor's|update|"
                  u"q|a|qa|interview|transcript|source|sources|via|by|staff|reporting|additional|writing|editing|everyone|everybody|someone|somebody|anyone|"
                  u"anybody|nobody|nothing|everything|something|overnight|afterwards|afterward|separately|elsewhere|initially|eventually|recently|"
                  u"previously|currently|ultimately|additionally|publicly|privately|"
                  // "Supporters say it shows ...": people in the plural open a sentence as a group.
                  u"supporters|opponents|protesters|voters|lawmakers|legislators|diplomats|investors|negotiators|commentators|sceptics|"
                  u"skeptics|detractors|backers|allies|advocates|rivals|locals|fans|insiders|others|"
                  // "Videos posted on social media showed ...": things in the plural open a sentence too.
                  u"videos|photos|photographs|images|pictures|footage|recordings|documents|records|messages|posts|emails|"
                  // "I'd tell them", "We'll see": a pronoun with its verb opens a sentence as the pronoun does.
                  u"i'd|i'll|i'm|i've|we'd|we'll|we're|we've|you'd|you'll|you're|you've|he'd|he'll|he's|she'd|she'll|she's|it's|it'll|"
                  u"they'd|they'll|they're|they've|that's|there's|here's|let's"_s);
    return set;
}

const auto &particles()
{
    static const QSet<QString> set = wordSet(u"de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|di|ter|ten|st|y|zu|ben|abu"_s);
    return set;
}

const auto &femaleRoles()
{
    static const QSet<QString> set = wordSet(u"wife|mother|daughter|sister|widow|granddaughter|grandmother|aunt|niece|girlfriend|fiancee|spokeswoman|"
                                             u"chairwoman|businesswoman|congresswoman|councilwoman|alderwoman|assemblywoman|actress|headmistress|queen|"
                                             u"princess|duchess|baroness"_s);
    return set;
}

const auto &maleRoles()
{
    static const QSet<QString> set = wordSet(u"husband|father|son|brother|widower|grandson|grandfather|uncle|nephew|boyfriend|fiance|spokesman|"
                                             u"chairman|businessman|congressman|councilman|alderman|assemblyman|headmaster|king|prince|duke|baron"_s);
    return set;
}

} // namespace

// One hash for all single-word lists: a word's questions cost one key and one look-up, and
// ArticleWords asks them once per word of an article.
const PeopleLexicon::Entry &PeopleLexicon::entry(QStringView word)
{
    static const QHash<QString, Entry> table = [] {
        QHash<QString, Entry> t;
        const auto mark = [&t](const QSet<QString> &set, quint32 classes) {
            for (const QString &key : set) {
                t[key].m_classes |= classes;
            }
        };
        mark(maleNames(), Entry::MaleName);
        mark(femaleNames(), Entry::FemaleName);
        mark(roleModifiers(), Entry::RoleModifier);
        mark(placeWords(), Entry::PlaceWord);
        mark(organisations(), Entry::Organisation);
        mark(organisationWords(), Entry::OrganisationWord);
        mark(calendarWords(), Entry::CalendarWord);
        mark(functionWords(), Entry::FunctionWord);
        mark(particles(), Entry::NameParticle);
        mark(femaleRoles(), Entry::FemaleRole);
        mark(maleRoles(), Entry::MaleRole);
        mark(places(), Entry::Place);
        // "Villa" and "Plaza" are surnames too and are left out.
        mark(wordSet(u"casa|piazza|palazzo|via|calle|avenida|rua"_s), Entry::RomanceSite);
        mark(wordSet(u"santa|san|santo|são|sao"_s), Entry::RomanceSaint);
        for (auto it = titles().cbegin(); it != titles().cend(); ++it) {
            Entry &entry = t[it.key()];
            entry.m_classes |= Entry::Title;
            entry.m_titleGender = it.value();
        }
        t[u"he"_s].m_classes |= Entry::SubjectPronoun;
        t[u"she"_s].m_classes |= Entry::SubjectPronoun;
        // A compound key is "first second" with both halves keyed as single words.
        for (auto it = compoundRoles().cbegin(); it != compoundRoles().cend(); ++it) {
            const QString &key = it.key();
            t[key.left(key.indexOf(u' '))].m_classes |= Entry::CompoundFirst;
            t[key.mid(key.lastIndexOf(u' ') + 1)].m_classes |= Entry::CompoundSecond;
        }
        for (auto it = roles().cbegin(); it != roles().cend(); ++it) {
            t[it.key()].m_role = it.value();
        }
        // Country words are places unless they are organisations or adjectives ("Russian").
        for (auto it = countries().cbegin(); it != countries().cend(); ++it) {
            const QString &key = it.key();
            Entry &entry = t[key];
            entry.m_country = it.value();
            if (!organisations().contains(key) && !isDemonym(key)) {
                entry.m_classes |= Entry::Place;
            }
        }
        return t;
    }();
    static const Entry none;
    // The ASCII keys again, in a table hashed as the key is folded below; the keys' characters
    // and the entries stay in `table`, which never changes.
    static const WordTable<const Entry *> ascii = [] {
        WordTable<const Entry *> t(table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            const QString &key = it.key();
            if (std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
                t.insert(key, &it.value());
            }
        }
        return t;
    }();
    // Nearly every word is short ASCII: its key is folded and hashed on the stack, as keyOf()
    // would fold it, and looked up in the flat table.
    constexpr qsizetype shortWord = 32;
    if (word.size() <= shortWord) {
        char16_t key[shortWord];
        qsizetype size = 0;
        quint32 hash = WordTable<const Entry *>::seed;
        bool isAscii = true;
        for (const QChar c : word) {
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                isAscii = false;
                break;
            }
            if (u != u'.') {
                const char16_t folded = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
                key[size++] = folded;
                hash = WordTable<const Entry *>::step(hash, folded);
            }
        }
        if (isAscii) {
            const Entry *const *found = ascii.find(key, size, hash);
            return found ? **found : none;
        }
    }
    const auto it = table.constFind(keyOf(word));
    return it == table.cend() ? none : *it;
}

PeopleLexicon::Gender PeopleLexicon::Entry::givenNameGender() const
{
    const bool male = has(MaleName);
    const bool female = has(FemaleName);
    return male == female ? Gender::Unknown : male ? Gender::Male : Gender::Female;
}

PeopleLexicon::Gender PeopleLexicon::Entry::roleGender() const
{
    return has(FemaleRole) ? Gender::Female : has(MaleRole) ? Gender::Male : Gender::Unknown;
}

bool PeopleLexicon::isGivenName(QStringView word)
{
    return entry(word).isGivenName();
}

PeopleLexicon::Gender PeopleLexicon::givenNameGender(QStringView word)
{
    return entry(word).givenNameGender();
}

bool PeopleLexicon::isTitle(QStringView word)
{
    return entry(word).isTitle();
}

PeopleLexicon::Gender PeopleLexicon::titleGender(QStringView word)
{
    return entry(word).titleGender();
}

PeopleLexicon::Gender PeopleLexicon::roleGender(QStringView word)
{
    return entry(word).roleGender();
}

PeopleLexicon::Role PeopleLexicon::role(QStringView word)
{
    return entry(word).role();
}

PeopleLexicon::Role PeopleLexicon::compoundRole(QStringView first, QStringView second)
{
    thread_local QString compound;
    compound.resize(0);
    compound.append(keyOf(first));
    compound.append(u' ');
    compound.append(keyOf(second, 1));
    return compoundRoles().value(compound);
}

bool PeopleLexicon::isRoleModifier(QStringView word)
{
    return entry(word).isRoleModifier();
}

QString PeopleLexicon::country(QStringView word)
{
    return entry(word).country();
}

// World leaders and foreign ministers that English news names daily, often with no nationality
// written ("President Volodymyr Zelenskyy" in a Kyiv paper): without it "the US president"
// would go to the only president the article titled. Keyed by full name, never a bare surname.
bool PeopleLexicon::isLeaderSurname(QStringView word)
{
    static const QSet<QString> surnames
        = wordSet(u"putin|zelensky|zelenskyy|zelenskiy|zelenskyi|trump|biden|obama|macron|merz|scholz|starmer|sunak|erdogan|erdoğan|netanyahu|modi|lavrov|"
                  u"medvedev|orban|orbán|lukashenko|sheinbaum|albanese|meloni|sybiha|hegseth|rubio|ramaphosa|milei|trudeau|kallas|rutte|tusk|ishiba|"
                  u"takaichi|xi|lula|prabowo"_s);
    return surnames.contains(keyOf(word));
}

QString PeopleLexicon::knownNationality(QStringView fullName)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString &code, const QString &names) {
            for (const QString &name : names.split(u'|')) {
                t.insert(name, code);
            }
        };
        add(u"US"_s, u"donald trump|joe biden|jd vance|marco rubio|barack obama|kamala harris|pete hegseth"_s);
        add(u"RU"_s, u"vladimir putin|sergei lavrov|sergey lavrov|dmitry medvedev|mikhail mishustin"_s);
        add(u"UA"_s, u"volodymyr zelenskyy|volodymyr zelensky|volodymyr zelenskiy|andrii sybiha|andriy sybiha|yulia svyrydenko"_s);
        add(u"CN"_s, u"xi jinping|li qiang|wang yi"_s);
        add(u"GB"_s, u"keir starmer|rishi sunak|boris johnson|david lammy|yvette cooper|rachel reeves"_s);
        add(u"FR"_s, u"emmanuel macron|jean-noël barrot"_s);
        add(u"DE"_s, u"friedrich merz|olaf scholz|johann wadephul"_s);
        add(u"IT"_s, u"giorgia meloni"_s);
        add(u"IN"_s, u"narendra modi|subrahmanyam jaishankar"_s);
        add(u"IL"_s, u"benjamin netanyahu|isaac herzog"_s);
        add(u"TR"_s, u"recep tayyip erdogan|recep tayyip erdoğan"_s);
        add(u"HU"_s, u"viktor orban|viktor orbán"_s);
        add(u"BY"_s, u"alexander lukashenko|aleksandr lukashenko"_s);
        add(u"BR"_s, u"luiz inácio lula da silva|luiz inacio lula da silva"_s);
        add(u"MX"_s, u"claudia sheinbaum"_s);
        add(u"CA"_s, u"mark carney|justin trudeau"_s);
        add(u"JP"_s, u"shigeru ishiba|sanae takaichi"_s);
        add(u"ZA"_s, u"cyril ramaphosa"_s);
        add(u"AR"_s, u"javier milei"_s);
        add(u"AU"_s, u"anthony albanese"_s);
        add(u"ID"_s, u"prabowo subianto"_s);
        return t;
    }();
    // "Biden", "Xi", "Lula": the distinctive surname of a leader listed, said alone, is that
    // leader's nationality as well.
    static const QHash<QString, QString> bySurname = [] {
        QHash<QString, QString> t;
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            for (const QStringView word : QStringView(it.key()).tokenize(u' ')) {
                if (isLeaderSurname(word)) {
                    t.insert(keyOf(word), it.value());
                }
            }
        }
        return t;
    }();
    if (!fullName.contains(u' ')) {
        return isLeaderSurname(fullName) ? bySurname.value(keyOf(fullName)) : QString();
    }
    // "Vladimir V. Putin": a middle initial is no part of the name as listed.
    for (qsizetype i = 1; i + 2 < fullName.size(); ++i) {
        if (fullName[i - 1] == u' ' && fullName[i].isUpper() && fullName[i + 1] == u'.' && fullName[i + 2] == u' ') {
            return knownNationality(QString(fullName.first(i - 1) + fullName.sliced(i + 2)));
        }
    }
    // The names again, in a table hashed as a name is lower-cased below; their characters and
    // codes stay in `table`, which never changes.
    static const WordTable<const QString *> flat = [] {
        WordTable<const QString *> t(table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            t.insert(it.key(), &it.value());
        }
        return t;
    }();
    // Names are short and mostly ASCII: lower-case those on the stack, as toLower() would.
    constexpr qsizetype shortName = 64;
    if (fullName.size() <= shortName) {
        char16_t lower[shortName];
        qsizetype size = 0;
        quint32 hash = WordTable<const QString *>::seed;
        for (const QChar c : fullName) {
            const char16_t u = c.unicode();
            if (u >= 0x80) {
                return table.value(fullName.toString().toLower());
            }
            lower[size] = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
            hash = WordTable<const QString *>::step(hash, lower[size++]);
        }
        const QString *const *found = flat.find(lower, size, hash);
        return found ? **found : QString();
    }
    return table.value(fullName.toString().toLower());
}

bool PeopleLexicon::isPlace(QStringView phrase)
{
    return entry(phrase).isPlace();
}

bool PeopleLexicon::isPlaceWord(QStringView word)
{
    return entry(word).isPlaceWord();
}

bool PeopleLexicon::isOrganisation(QStringView phrase)
{
    return entry(phrase).isOrganisation();
}

bool PeopleLexicon::isOrganisationWord(QStringView word)
{
    return entry(word).isOrganisationWord();
}

bool PeopleLexicon::isCalendarWord(QStringView word)
{
    return entry(word).isCalendarWord();
}

bool PeopleLexicon::isFunctionWord(QStringView word)
{
    return entry(word).isFunctionWord();
}

bool PeopleLexicon::isNameParticle(QStringView word)
{
    return entry(word).isNameParticle();
}

PeopleLexicon::Gender PeopleLexicon::pronounGender(QStringView word)
{
    if (word.size() > 4) {
        return Gender::Unknown;
    }
    const QString &key = keyOf(word);
    if (key == u"he"_s || key == u"him"_s || key == u"his"_s) {
        return Gender::Male;
    }
    if (key == u"she"_s || key == u"her"_s || key == u"hers"_s) {
        return Gender::Female;
    }
    return Gender::Unknown;
}

bool PeopleLexicon::isSubjectPronoun(QStringView word)
{
    if (word.size() < 2 || word.size() > 3) {
        return false;
    }
    const QString &key = keyOf(word);
    return key == u"he"_s || key == u"she"_s;
}

} // namespace Sourceline
