-- The resource directory (Open Referral HSDS 3.0). Each service keeps the HSDS record it
-- was imported with (for the export and the detail page) beside the columns that search
-- reads. Reference data, not client data; nothing is deleted: a service missing from a
-- later import, or taken out of use by a program admin, is marked inactive.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE directory_organization (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT,
    phone       TEXT,
    website     TEXT,
    record      JSONB NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_organization_name_idx ON directory_organization (lower(name));

CREATE TABLE directory_service (
    id              UUID PRIMARY KEY,
    version         INT NOT NULL DEFAULT 0,
    organization_id UUID REFERENCES directory_organization (id),
    name            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    email           TEXT,
    phone           TEXT,
    url             TEXT,
    address         TEXT,
    -- taxonomy term names and codes, lower case: the categories search filters on
    categories      TEXT[] NOT NULL DEFAULT '{}',
    -- language codes (ISO 639) and names, lower case
    languages       TEXT[] NOT NULL DEFAULT '{}',
    search_text     TEXT NOT NULL DEFAULT '',
    record          JSONB NOT NULL,
    last_import_id  UUID,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_service_organization_idx ON directory_service (organization_id);
CREATE INDEX directory_service_text_idx ON directory_service USING gin (search_text gin_trgm_ops);
CREATE INDEX directory_service_categories_idx ON directory_service USING gin (categories);
CREATE INDEX directory_service_languages_idx ON directory_service USING gin (languages);

-- Where a service is delivered (its service_at_locations), with a point for distance.
CREATE TABLE directory_service_location (
    service_id  UUID NOT NULL REFERENCES directory_service (id),
    position    INT NOT NULL,
    location_id UUID NOT NULL,
    name        TEXT,
    address     TEXT,
    postal_code TEXT,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    PRIMARY KEY (service_id, position)
);
CREATE INDEX directory_service_location_point_idx ON directory_service_location
    USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL AND longitude IS NOT NULL;

-- Weekly opening hours (HSDS schedules with freq WEEKLY), of the service or of one of
-- its locations. closes_at at or before opens_at means the hours run past midnight.
CREATE TABLE directory_service_hours (
    service_id UUID NOT NULL REFERENCES directory_service (id),
    position   INT NOT NULL,
    days       TEXT[] NOT NULL,
    opens_at   TIME NOT NULL,
    closes_at  TIME NOT NULL,
    valid_from DATE,
    valid_to   DATE,
    PRIMARY KEY (service_id, position)
);

-- An import of an HSDS dataset, run as a job: the screen polls its progress; the
-- report names every refused record and why.
CREATE TABLE directory_import (
    id          UUID PRIMARY KEY,
    started_by  TEXT NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    state       TEXT NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    total       INT NOT NULL,
    processed   INT NOT NULL DEFAULT 0,
    imported    INT NOT NULL DEFAULT 0,
    deactivated INT NOT NULL DEFAULT 0,
    refusals    JSONB NOT NULL DEFAULT '[]',
    failure     TEXT
);

-- ZIP code centroids of the demo region (metro Atlanta: Fulton, DeKalb, Clayton, Cobb
-- and Gwinnett counties), for "within N miles of a ZIP code". An agency elsewhere loads
-- its own region's centroids into this table.
CREATE TABLE directory_zip_centroid (
    zip       TEXT PRIMARY KEY,
    city      TEXT NOT NULL,
    county    TEXT NOT NULL,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL
);
INSERT INTO directory_zip_centroid (zip, city, county, latitude, longitude) VALUES
    ('30301', 'Atlanta', 'Fulton', 33.7525, -84.3888),
    ('30303', 'Atlanta', 'Fulton', 33.7527, -84.3907),
    ('30305', 'Atlanta', 'Fulton', 33.8318, -84.3851),
    ('30306', 'Atlanta', 'Fulton', 33.7863, -84.3514),
    ('30307', 'Atlanta', 'DeKalb', 33.7691, -84.3357),
    ('30308', 'Atlanta', 'Fulton', 33.7717, -84.3756),
    ('30309', 'Atlanta', 'Fulton', 33.7984, -84.3883),
    ('30310', 'Atlanta', 'Fulton', 33.7275, -84.4234),
    ('30311', 'Atlanta', 'Fulton', 33.7236, -84.4702),
    ('30312', 'Atlanta', 'Fulton', 33.7466, -84.3784),
    ('30313', 'Atlanta', 'Fulton', 33.7659, -84.3972),
    ('30314', 'Atlanta', 'Fulton', 33.7563, -84.4254),
    ('30315', 'Atlanta', 'Fulton', 33.7052, -84.3832),
    ('30316', 'Atlanta', 'DeKalb', 33.7217, -84.3339),
    ('30317', 'Atlanta', 'DeKalb', 33.7499, -84.3170),
    ('30318', 'Atlanta', 'Fulton', 33.7865, -84.4454),
    ('30319', 'Atlanta', 'DeKalb', 33.8688, -84.3351),
    ('30324', 'Atlanta', 'Fulton', 33.8201, -84.3545),
    ('30326', 'Atlanta', 'Fulton', 33.8482, -84.3581),
    ('30327', 'Atlanta', 'Fulton', 33.8624, -84.4199),
    ('30328', 'Sandy Springs', 'Fulton', 33.9322, -84.3813),
    ('30329', 'Atlanta', 'DeKalb', 33.8253, -84.3223),
    ('30331', 'Atlanta', 'Fulton', 33.7076, -84.5422),
    ('30336', 'Atlanta', 'Fulton', 33.7404, -84.5591),
    ('30337', 'College Park', 'Fulton', 33.6445, -84.4501),
    ('30338', 'Dunwoody', 'DeKalb', 33.9437, -84.3170),
    ('30339', 'Atlanta', 'Cobb', 33.8686, -84.4643),
    ('30340', 'Doraville', 'DeKalb', 33.8966, -84.2486),
    ('30341', 'Chamblee', 'DeKalb', 33.8876, -84.2905),
    ('30342', 'Sandy Springs', 'Fulton', 33.8842, -84.3762),
    ('30344', 'East Point', 'Fulton', 33.6763, -84.4600),
    ('30345', 'Atlanta', 'DeKalb', 33.8513, -84.2869),
    ('30349', 'South Fulton', 'Fulton', 33.6248, -84.5178),
    ('30350', 'Sandy Springs', 'Fulton', 33.9791, -84.3412),
    ('30354', 'Hapeville', 'Fulton', 33.6648, -84.3926),
    ('30360', 'Dunwoody', 'DeKalb', 33.9376, -84.2718),
    ('30363', 'Atlanta', 'Fulton', 33.7917, -84.3973),
    ('30004', 'Alpharetta', 'Fulton', 34.1184, -84.2966),
    ('30005', 'Alpharetta', 'Fulton', 34.0893, -84.2186),
    ('30009', 'Alpharetta', 'Fulton', 34.0774, -84.3040),
    ('30022', 'Johns Creek', 'Fulton', 34.0291, -84.2433),
    ('30075', 'Roswell', 'Fulton', 34.0441, -84.3773),
    ('30076', 'Roswell', 'Fulton', 34.0298, -84.3146),
    ('30213', 'Fairburn', 'Fulton', 33.5670, -84.5811),
    ('30268', 'Palmetto', 'Fulton', 33.5245, -84.6767),
    ('30291', 'Union City', 'Fulton', 33.5816, -84.5437),
    ('30002', 'Avondale Estates', 'DeKalb', 33.7719, -84.2641),
    ('30021', 'Clarkston', 'DeKalb', 33.8096, -84.2398),
    ('30030', 'Decatur', 'DeKalb', 33.7700, -84.2974),
    ('30032', 'Decatur', 'DeKalb', 33.7404, -84.2630),
    ('30033', 'Decatur', 'DeKalb', 33.8134, -84.2823),
    ('30034', 'Decatur', 'DeKalb', 33.6911, -84.2497),
    ('30035', 'Decatur', 'DeKalb', 33.7271, -84.2145),
    ('30038', 'Lithonia', 'DeKalb', 33.6672, -84.1410),
    ('30058', 'Lithonia', 'DeKalb', 33.7412, -84.1029),
    ('30079', 'Scottdale', 'DeKalb', 33.7900, -84.2594),
    ('30083', 'Stone Mountain', 'DeKalb', 33.7964, -84.1960),
    ('30084', 'Tucker', 'DeKalb', 33.8574, -84.2163),
    ('30087', 'Stone Mountain', 'DeKalb', 33.8112, -84.1334),
    ('30088', 'Stone Mountain', 'DeKalb', 33.7604, -84.1771),
    ('30294', 'Ellenwood', 'DeKalb', 33.6339, -84.2640),
    ('30236', 'Jonesboro', 'Clayton', 33.5208, -84.3494),
    ('30237', 'Jonesboro', 'Clayton', 33.5215, -84.3538),
    ('30238', 'Jonesboro', 'Clayton', 33.4943, -84.3783),
    ('30250', 'Lovejoy', 'Clayton', 33.4353, -84.3136),
    ('30260', 'Morrow', 'Clayton', 33.5841, -84.3296),
    ('30273', 'Rex', 'Clayton', 33.5848, -84.2728),
    ('30274', 'Riverdale', 'Clayton', 33.5562, -84.4008),
    ('30288', 'Conley', 'Clayton', 33.6500, -84.3266),
    ('30296', 'Riverdale', 'Clayton', 33.5634, -84.4423),
    ('30297', 'Forest Park', 'Clayton', 33.6142, -84.3697),
    ('30298', 'Forest Park', 'Clayton', 33.6220, -84.3610),
    ('30008', 'Marietta', 'Cobb', 33.8989, -84.5919),
    ('30060', 'Marietta', 'Cobb', 33.9379, -84.5446),
    ('30062', 'Marietta', 'Cobb', 34.0039, -84.4658),
    ('30064', 'Marietta', 'Cobb', 33.9346, -84.6114),
    ('30066', 'Marietta', 'Cobb', 34.0382, -84.5146),
    ('30067', 'Marietta', 'Cobb', 33.9289, -84.4731),
    ('30068', 'Marietta', 'Cobb', 33.9707, -84.4400),
    ('30080', 'Smyrna', 'Cobb', 33.8766, -84.5048),
    ('30082', 'Smyrna', 'Cobb', 33.8573, -84.5351),
    ('30101', 'Acworth', 'Cobb', 34.0734, -84.6786),
    ('30102', 'Acworth', 'Cobb', 34.1080, -84.6154),
    ('30106', 'Austell', 'Cobb', 33.8371, -84.6317),
    ('30126', 'Mableton', 'Cobb', 33.8164, -84.5706),
    ('30127', 'Powder Springs', 'Cobb', 33.8744, -84.6918),
    ('30144', 'Kennesaw', 'Cobb', 34.0321, -84.5942),
    ('30152', 'Kennesaw', 'Cobb', 34.0027, -84.6506),
    ('30168', 'Austell', 'Cobb', 33.7818, -84.6008),
    ('30017', 'Grayson', 'Gwinnett', 33.8926, -83.9586),
    ('30019', 'Dacula', 'Gwinnett', 33.9765, -83.8896),
    ('30024', 'Suwanee', 'Gwinnett', 34.0572, -84.0807),
    ('30039', 'Snellville', 'Gwinnett', 33.8004, -84.0324),
    ('30043', 'Lawrenceville', 'Gwinnett', 33.9984, -84.0058),
    ('30044', 'Lawrenceville', 'Gwinnett', 33.9216, -84.0784),
    ('30045', 'Lawrenceville', 'Gwinnett', 33.9357, -83.9305),
    ('30046', 'Lawrenceville', 'Gwinnett', 33.9526, -83.9897),
    ('30047', 'Lilburn', 'Gwinnett', 33.8740, -84.1135),
    ('30052', 'Loganville', 'Gwinnett', 33.8159, -83.9010),
    ('30071', 'Norcross', 'Gwinnett', 33.9424, -84.2051),
    ('30078', 'Snellville', 'Gwinnett', 33.8619, -84.0138),
    ('30092', 'Peachtree Corners', 'Gwinnett', 33.9693, -84.2254),
    ('30093', 'Norcross', 'Gwinnett', 33.9098, -84.1785),
    ('30096', 'Duluth', 'Gwinnett', 33.9826, -84.1489),
    ('30097', 'Duluth', 'Gwinnett', 34.0264, -84.1473),
    ('30518', 'Buford', 'Gwinnett', 34.1283, -84.0229),
    ('30519', 'Buford', 'Gwinnett', 34.0855, -83.9459);
